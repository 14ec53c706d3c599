using System.Globalization;
using System.Resources;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Resources;

namespace IntegrationHubs.UnitTests.Notifications;

public sealed class NotificationResourceTests
{
    private static readonly ResourceManager Resources = new(typeof(Strings));

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EveryKind_HasALineAndAMailSubject_InEveryLanguage(string culture)
    {
        var set = Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), true, culture == "de")!;
        foreach (var kind in NotificationKinds.All)
        {
            set.GetString($"Notification.{kind}").ShouldNotBeNullOrWhiteSpace(kind);
            set.GetString($"Notification.{kind}.Subject").ShouldNotBeNullOrWhiteSpace(kind);
        }
    }
}
