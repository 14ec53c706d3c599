using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Resources;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Localization;

public static class RoleNames
{
    /// <summary>The roles a person holds, named in the reader's language, e.g. "Mitglied, Koordination".</summary>
    public static string RoleNamesOf(this IStringLocalizer<Strings> l, HubRoles roles) =>
        ListText.Join(Enum.GetValues<HubRoles>().Where(r => r != HubRoles.None && roles.HasFlag(r)).Select(r => l[$"Role.{r}"].Value));
}
