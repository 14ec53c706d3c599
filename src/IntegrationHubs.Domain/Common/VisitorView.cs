using System.Linq.Expressions;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;

namespace IntegrationHubs.Domain.Common;

/// <summary>
/// The one rule for what a visitor may see — anyone not signed in, and anyone signed in who is not an active member of
/// the hub (a person who left, was switched off or is still waiting counts as a visitor there). Every public output
/// (pages, JSON, iCalendar, notifications to non-members, personal lists of non-members) filters with these expressions,
/// which EF Core translates to SQL; the compiled forms answer the same question for a row in memory. Never shown:
/// drafts, anything waiting for approval, cancelled events, members-only events, and people.
/// </summary>
public static class VisitorView
{
    /// <summary>Event states a visitor sees: on, or held and closed at the door.</summary>
    public static readonly IReadOnlyList<EventStatus> VisitorEventStatuses = [EventStatus.Published, EventStatus.Closed];

    /// <summary>Event states an active member sees (members-only ones too); a cancelled one stays listed, marked, for them.</summary>
    public static readonly IReadOnlyList<EventStatus> MemberEventStatuses = [EventStatus.Published, EventStatus.Cancelled, EventStatus.Closed];

    /// <summary>Memberships that make a person more than a visitor: the same test as <see cref="HubAccessRules"/> for the member area.</summary>
    public static readonly Expression<Func<HubMembership, bool>> ActiveMemberships = m =>
        m.State == MembershipState.Active && m.Roles != HubRoles.None;

    /// <summary>Hubs a visitor can find (see <see cref="HubStatusTransitions.Public"/>).</summary>
    public static readonly Expression<Func<Hub, bool>> Hubs = h => HubStatusTransitions.Public.Contains(h.Status);

    /// <summary>Events of a public hub a visitor may see (the hub's own status is checked with <see cref="Hubs"/>).</summary>
    public static readonly Expression<Func<Event, bool>> Events = e =>
        e.Visibility == EventVisibility.Public && VisitorEventStatuses.Contains(e.Status);

    /// <summary>Events an active member of the hub sees (coordinators and creators also see their pending ones; see the handlers).</summary>
    public static readonly Expression<Func<Event, bool>> MemberEvents = e => MemberEventStatuses.Contains(e.Status);

    /// <summary>Initiatives a visitor may see: the launched ones, and of them only what the showcase prints.</summary>
    public static readonly Expression<Func<Initiative, bool>> Initiatives = i => i.Status == InitiativeStatus.Launched;

    /// <summary>Bookings a space's public feed shows (as "booked" unless <see cref="ShowsPurpose"/>).</summary>
    public static readonly Expression<Func<Booking, bool>> Bookings = b => b.Status == BookingStatus.Confirmed;

    private static readonly Func<Event, bool> SeesEvent = Events.Compile();
    private static readonly Func<Event, bool> MemberSeesEvent = MemberEvents.Compile();

    /// <summary>
    /// Events across hubs for one person: those of the hubs they are an active member of by the member rule, the others
    /// by the visitor rule, and only in public hubs.
    /// </summary>
    public static Expression<Func<Event, bool>> EventsFor(IReadOnlyCollection<Guid> memberOf, IReadOnlyCollection<Guid> publicHubs) => e =>
        (memberOf.Contains(e.HubId) && MemberEventStatuses.Contains(e.Status))
        || (publicHubs.Contains(e.HubId) && e.Visibility == EventVisibility.Public && VisitorEventStatuses.Contains(e.Status));

    public static bool Sees(Event e, bool activeMember) => activeMember ? MemberSeesEvent(e) : SeesEvent(e);

    /// <summary>
    /// A booking's purpose in the public feed: only when the space's policy shows purposes, and never when the booking
    /// holds an event a visitor may not see (its purpose is that event's title).
    /// </summary>
    public static bool ShowsPurpose(BookingPolicy policy, bool holdsEvent, bool holdsVisibleEvent) =>
        policy.ShowPurposeInFeed && (!holdsEvent || holdsVisibleEvent);
}
