using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.Domain.Notifications;

/// <summary>
/// Something a person should know about, in-app (and by mail when it was sent). Hub-owned: it arises
/// in one hub and is filtered like the hub's other rows; its recipient reads their own across hubs.
/// The text is not stored: <see cref="Kind"/> names the resource and <see cref="Parameters"/> fill
/// it, so each person reads it in their current language.
/// </summary>
public sealed class Notification : IHubOwned
{
    public const int KindMaxLength = 48;
    public const int LinkMaxLength = 300;
    public const int ParameterMaxLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid UserId { get; set; }
    public string Kind { get; set; } = "";

    /// <summary>Where in the app it leads, relative to the app's root (e.g. /hubs/ost/initiatives/…).</summary>
    public string Link { get; set; } = "";

    public List<string> Parameters { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>The kinds of notification; each has resources "Notification.{kind}" (the line) and "Notification.{kind}.Subject" (the mail's subject).</summary>
public static class NotificationKinds
{
    /// <summary>{0} initiative title, {1} new status (resource key Initiatives.Status.*), {2} comment or "".</summary>
    public const string InitiativeStatusChanged = "InitiativeStatusChanged";

    /// <summary>{0} who invited, {1} initiative title.</summary>
    public const string TeamInvitation = "TeamInvitation";

    /// <summary>{0} who commented, {1} initiative title.</summary>
    public const string InitiativeComment = "InitiativeComment";

    /// <summary>{0} who answered, {1} initiative title.</summary>
    public const string TeamInvitationAccepted = "TeamInvitationAccepted";

    /// <summary>{0} space, {1} when (in the hub's time zone), {2} purpose, {3} unused.</summary>
    public const string BookingApproved = "BookingApproved";

    /// <summary>{0} space, {1} when (in the hub's time zone), {2} purpose, {3} the coordinator's reason.</summary>
    public const string BookingRejected = "BookingRejected";

    /// <summary>{0} initiative title.</summary>
    public const string MentorAssigned = "MentorAssigned";

    /// <summary>{0} initiative title, {1} module number.</summary>
    public const string MilestoneForReview = "MilestoneForReview";

    /// <summary>{0} initiative title, {1} module number, {2} outcome (resource key Audit.MilestoneSignedOff or …SentBack), {3} the mentor's note or "".</summary>
    public const string MilestoneReviewed = "MilestoneReviewed";

    /// <summary>{0} event title, {1} when (in the hub's time zone).</summary>
    public const string EventWaitlistPromoted = "EventWaitlistPromoted";

    /// <summary>{0} event title, {1} when (in the hub's time zone).</summary>
    public const string EventCancelled = "EventCancelled";

    /// <summary>{0} event title, {1} when (in the hub's time zone).</summary>
    public const string EventApproved = "EventApproved";

    /// <summary>{0} event title, {1} when (in the hub's time zone).</summary>
    public const string EventReminder = "EventReminder";

    /// <summary>{0} event title, {1} the new time (in the hub's time zone).</summary>
    public const string EventChanged = "EventChanged";

    public static IReadOnlyList<string> All =>
    [
        InitiativeStatusChanged, TeamInvitation, InitiativeComment, TeamInvitationAccepted, BookingApproved, BookingRejected,
        MentorAssigned, MilestoneForReview, MilestoneReviewed, EventWaitlistPromoted, EventCancelled, EventApproved, EventReminder,
        EventChanged,
    ];
}
