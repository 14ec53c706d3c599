using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Localization;

/// <summary>
/// An audit entry stores the kind of record it touched by its type's stable name ("Event", "Booking"); the logs show
/// it in the reader's language from <c>AuditLog.Entity.&lt;name&gt;</c>.
/// </summary>
public static class AuditRecordNames
{
    /// <summary>Every record kind the app writes into the audit log (a unit test checks each is translated).</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "Account", "Booking", "Cohort", "CurriculumModule", "Event", "Hub", "HubInvitation", "HubMembership", "Initiative",
        "InitiativeComment", "Milestone", "MunicipalityViewer", "Space", "Tandem", "TemplateVersion",
    ];

    /// <summary>The kind's name in the reader's language; an unknown kind (from a newer version) as stored.</summary>
    public static string Name(IStringLocalizer<Strings> l, string kind)
    {
        var name = l[$"AuditLog.Entity.{kind}"];
        return name.ResourceNotFound ? kind : name.Value;
    }
}
