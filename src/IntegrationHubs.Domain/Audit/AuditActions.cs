namespace IntegrationHubs.Domain.Audit;

/// <summary>Stable names of audited actions; the UI shows each through a resource key "Audit.{name}".</summary>
public static class AuditActions
{
    public const string MembershipJoined = "MembershipJoined";
    public const string MembershipRequested = "MembershipRequested";
    public const string MembershipLeft = "MembershipLeft";
    public const string RolesGranted = "RolesGranted";
    public const string RolesRevoked = "RolesRevoked";
    public const string MembershipApproved = "MembershipApproved";
    public const string MembershipDeactivated = "MembershipDeactivated";
    public const string MembershipReactivated = "MembershipReactivated";
    public const string HubStatusChanged = "HubStatusChanged";
    public const string DataExported = "DataExported";
    public const string AccountDeleted = "AccountDeleted";
    public const string TandemRequested = "TandemRequested";
    public const string TandemAccepted = "TandemAccepted";
    public const string TandemDeclined = "TandemDeclined";
    public const string TandemEnded = "TandemEnded";
    public const string InvitationSent = "InvitationSent";
    public const string InvitationAccepted = "InvitationAccepted";
    public const string InvitationRevoked = "InvitationRevoked";
    public const string ViewerAppointed = "ViewerAppointed";
    public const string ViewerRemoved = "ViewerRemoved";
    public const string InitiativeSubmitted = "InitiativeSubmitted";
    public const string InitiativeReviewed = "InitiativeReviewed";
    public const string InitiativeTeamInvited = "InitiativeTeamInvited";
    public const string InitiativeTeamJoined = "InitiativeTeamJoined";
    public const string InitiativeTeamLeft = "InitiativeTeamLeft";
    public const string InitiativeCommentHidden = "InitiativeCommentHidden";
    public const string SpaceSaved = "SpaceSaved";
    public const string BookingRequested = "BookingRequested";
    public const string BookingApproved = "BookingApproved";
    public const string BookingRejected = "BookingRejected";
    public const string BookingCancelled = "BookingCancelled";
    public const string BookingRestored = "BookingRestored";
    public const string CurriculumChanged = "CurriculumChanged";
    public const string CohortCreated = "CohortCreated";
    public const string InitiativeEnrolled = "InitiativeEnrolled";
    public const string MentorAssigned = "MentorAssigned";
    public const string MilestoneSignedOff = "MilestoneSignedOff";
    public const string MilestoneSentBack = "MilestoneSentBack";
    public const string HubOpened = "HubOpened";
    public const string ManualVersionSaved = "ManualVersionSaved";
    public const string EventCreated = "EventCreated";
    public const string EventApproved = "EventApproved";
    public const string EventCancelled = "EventCancelled";
    public const string EventClosed = "EventClosed";
    public const string EventChanged = "EventChanged";
}
