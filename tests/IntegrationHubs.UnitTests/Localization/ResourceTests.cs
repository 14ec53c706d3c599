using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;

namespace IntegrationHubs.UnitTests.Localization;

public sealed partial class ResourceTests
{
    private static readonly ResourceManager Resources = new(typeof(Strings));

    private static Dictionary<string, string> Load(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static readonly Dictionary<string, string> German = Load(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EveryLanguage_HasEveryKey_WithTheSamePlaceholders(string culture)
    {
        var translated = Load(CultureInfo.GetCultureInfo(culture));
        var german = German;

        // Plural forms differ by language (EveryPluralKey_HasTheFormsOfEachLanguage); everything else matches one to one.
        Singular(german.Keys).Except(Singular(translated.Keys)).ShouldBeEmpty($"missing in {culture}");
        Singular(translated.Keys).Except(Singular(german.Keys)).ShouldBeEmpty($"unknown keys in {culture}");
        foreach (var (key, value) in translated.Where(e => PluralStem(e.Key) is null))
        {
            value.ShouldNotBeNullOrWhiteSpace(key);
            Placeholders(value).ShouldBe(Placeholders(german[key]), $"{culture}: {key}");
        }
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("uk")]
    public void EveryPluralKey_HasTheFormsOfEachLanguage(string culture)
    {
        var language = CultureInfo.GetCultureInfo(culture);
        var translated = Load(culture == Cultures.Default ? CultureInfo.InvariantCulture : language);
        var german = German;
        var stems = german.Keys.Concat(translated.Keys).Select(PluralStem).OfType<string>().ToHashSet();
        var needed = PluralRules.Categories(language).Select(c => c.ToString()).ToHashSet();

        stems.ShouldNotBeEmpty();
        foreach (var stem in stems)
        {
            var forms = translated.Keys.Where(k => PluralStem(k) == stem).Select(k => k[(stem.Length + 1)..]).ToHashSet();
            forms.Order().ShouldBe(needed.Order(), $"{culture}: {stem}");
            foreach (var form in forms)
            {
                // A form may spell the number out ("مساحة واحدة"), but never needs a value the German text lacks.
                Placeholders(translated[$"{stem}.{form}"]).Except(Placeholders(german[$"{stem}.Other"])).ShouldBeEmpty($"{culture}: {stem}.{form}");
            }
        }
    }

    /// <summary>
    /// The key of a plural text without its form ("Wizard.Count.Spaces" of "Wizard.Count.Spaces.Few"), or null. A plural
    /// text is one whose German has both a ".One" and an ".Other" form (so "Events.Category.Other" is not one).
    /// </summary>
    private static string? PluralStem(string key)
    {
        var dot = key.LastIndexOf('.');
        if (dot <= 0 || !Enum.GetNames<PluralCategory>().Contains(key[(dot + 1)..]))
        {
            return null;
        }

        var stem = key[..dot];
        return German.ContainsKey($"{stem}.{PluralCategory.One}") && German.ContainsKey($"{stem}.{PluralCategory.Other}") ? stem : null;
    }

    private static HashSet<string> Singular(IEnumerable<string> keys) => [.. keys.Select(k => PluralStem(k) ?? k)];

    [Fact]
    public void EveryKeyUsedInTheCode_Exists()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "IntegrationHubs.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        var plurals = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => PluralKey().Matches(File.ReadAllText(f)).Select(m => $"{m.Groups[1].Value}.{PluralCategory.Other}"));

        used.Count.ShouldBeGreaterThan(50);
        used.Except(German.Keys).ShouldBeEmpty();
        plurals.Except(German.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void EveryDomainRefusal_HasAMessage()
    {
        var domain = Path.Combine(RepositoryRoot(), "src", "IntegrationHubs.Domain");
        var codes = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => DomainCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        codes.Count.ShouldBeGreaterThan(5);
        codes.Except(German.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void EveryKeyBuiltFromAValue_Exists()
    {
        var built = Enum.GetNames<HubStatus>().Select(s => $"Hub.Status.{s}")
            .Concat(Enum.GetValues<HubRoles>().Where(r => r != HubRoles.None).Select(r => $"Role.{r}"))
            .Concat(typeof(AuditActions).GetFields().Select(f => $"Audit.{f.GetValue(null)}"));

        built.Except(German.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void SupportedCultures_AreGermanFirst_AndArabicIsRightToLeft()
    {
        Cultures.Supported[0].ShouldBe(Cultures.Default);
        Cultures.Default.ShouldBe("de");
        Cultures.IsRightToLeft(CultureInfo.GetCultureInfo("ar")).ShouldBeTrue();
        Cultures.IsRightToLeft(CultureInfo.GetCultureInfo("uk")).ShouldBeFalse();
        Cultures.IsSupported("xx").ShouldBeFalse();
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHubs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHubs.sln not found above the test output.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"new DomainException\(""([A-Za-z0-9_.]+)""\)")]
    private static partial Regex DomainCode();

    [GeneratedRegex(@"\b[Ll]\[""([A-Za-z0-9_.]+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"\.Plural\(""([A-Za-z0-9_.]+)""")]
    private static partial Regex PluralKey();
}
