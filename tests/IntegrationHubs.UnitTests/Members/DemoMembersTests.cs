using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data.Seed;

namespace IntegrationHubs.UnitTests.Members;

public sealed class DemoMembersTests
{
    [Fact]
    public void DemoMembers_UseOnlyCatalogLanguagesAndKnownLevels_AndTagsWithinLimits()
    {
        foreach (var member in DemoData.Members)
        {
            foreach (var language in member.Languages.Split(',').Select(l => l.Split(':')))
            {
                LanguageCatalog.IsKnown(language[0]).ShouldBeTrue($"{member.Email}: {language[0]}");
                Enum.TryParse<LanguageLevel>(language[1], out _).ShouldBeTrue($"{member.Email}: {language[1]}");
            }

            member.Skills.Split(',').Concat(member.Interests.Split(',')).ShouldAllBe(t => t.Length <= MemberProfile.TagMaxLength);
        }
    }

    [Fact]
    public void DemoMembers_AreNewAccounts_AndSpreadOverTheThreeHubs()
    {
        DemoData.Members.Select(m => m.Email).Intersect(DemoData.Accounts.Select(a => a.Email)).ShouldBeEmpty();
        DemoData.Members.Select(m => m.Email).ShouldBeUnique();
        var hubs = DemoData.Members.SelectMany(m => m.Hubs.Split(',')).Select(h => h.Split(':')[0]).Distinct().Order().ToList();
        hubs.ShouldBe(["kassel-nord", "leipzig-gruenau", "leipzig-ost"]);
        DemoData.Members.Count(m => m.Hubs.Contains("leipzig-ost:Requested", StringComparison.Ordinal)).ShouldBe(2);
        DemoData.Members.Count(m => m.Hubs.Contains(":Deactivated", StringComparison.Ordinal)).ShouldBe(1);
        DemoData.Members.ShouldContain(m => m.Background == null);
    }
}
