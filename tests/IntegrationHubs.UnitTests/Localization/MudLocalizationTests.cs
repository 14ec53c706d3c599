using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;

namespace IntegrationHubs.UnitTests.Localization;

public sealed partial class MudLocalizationTests
{
    private static readonly ResourceManager Ours = new(typeof(Strings));

    /// <summary>MudBlazor's own English texts: the keys it asks our localizer for.</summary>
    private static readonly ResourceManager MudBlazors = new("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudLocalizer).Assembly);

    private static Dictionary<string, string> Load(string culture) =>
        Ours.GetResourceSet(culture == "de" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EveryMudBlazorKeyTheAppRegisters_IsTranslated_WithMudBlazorsPlaceholders(string culture)
    {
        var texts = Load(culture);

        foreach (var key in AppMudLocalizer.Keys)
        {
            var english = MudBlazors.GetString(key, CultureInfo.InvariantCulture);
            english.ShouldNotBeNull($"{key} is not one of MudBlazor's keys (renamed in an upgrade?)");
            texts.ShouldContainKey(AppMudLocalizer.Prefix + key, $"{culture}: {key}");
            texts[AppMudLocalizer.Prefix + key].ShouldNotBeNullOrWhiteSpace();
            Placeholders(texts[AppMudLocalizer.Prefix + key]).ShouldBe(Placeholders(english), $"{culture}: {key}");
        }
    }

    [Theory]
    [InlineData("de", "Erste Seite")]
    [InlineData("ar", "الصفحة الأولى")]
    [InlineData("uk", "Перша сторінка")]
    public void Localizer_AnswersMudBlazorsKey_FromOurResources(string culture, string expected)
    {
        var localizer = new AppMudLocalizer(TestLocalizer.Create());

        var text = TestLocalizer.InCulture(culture, () => localizer["MudTablePager_FirstPage"]);

        text.Value.ShouldBe(expected);
        text.ResourceNotFound.ShouldBeFalse();
    }

    [Fact]
    public void Localizer_LeavesAKeyWeDoNotCarry_ToMudBlazorsOwnText()
    {
        var localizer = new AppMudLocalizer(TestLocalizer.Create());

        localizer["MudColorPicker_AlphaSlider"].ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void EveryRecordKindWrittenToTheAuditLog_IsNamedInEveryLanguage()
    {
        var written = Directory.EnumerateFiles(Path.Combine(ResourceTests.RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Migrations", StringComparison.Ordinal))
            .SelectMany(f => EntityType().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToHashSet();

        written.Count.ShouldBeGreaterThan(10);
        written.Except(AuditRecordNames.Kinds).ShouldBeEmpty();
        foreach (var culture in new[] { "de", "en", "ar", "uk" })
        {
            var texts = Load(culture);
            AuditRecordNames.Kinds.Where(k => !texts.ContainsKey($"AuditLog.Entity.{k}")).ShouldBeEmpty(culture);
        }
    }

    [Fact]
    public void AuditRecordKind_ReadsInTheReadersLanguage()
    {
        var l = TestLocalizer.Create();

        TestLocalizer.InCulture("ar", () => AuditRecordNames.Name(l, "Event")).ShouldBe("فعالية");
        TestLocalizer.InCulture("de", () => AuditRecordNames.Name(l, "Booking")).ShouldBe("Buchung");
        AuditRecordNames.Name(l, "SomethingNew").ShouldBe("SomethingNew");
    }

    [Theory]
    [InlineData("ar", "العربية، Deutsch")]
    [InlineData("de", "العربية, Deutsch")]
    [InlineData("uk", "العربية, Deutsch")]
    public void Lists_AreJoinedWithTheLanguagesOwnComma(string culture, string expected) =>
        ListText.Join(["العربية", "Deutsch"], CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);

    [Fact]
    public void ArabicPagerRange_IsIsolatedLeftToRight_SoItReadsOneToTwentyFive()
    {
        var range = Load("ar")["Members.PagerInfo"];

        range.ShouldStartWith("\u2066{first_item}–{last_item}\u2069");
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"EntityType = (?:nameof\(([A-Za-z]+)\)|""([A-Za-z]+)"")")]
    private static partial Regex EntityType();
}
