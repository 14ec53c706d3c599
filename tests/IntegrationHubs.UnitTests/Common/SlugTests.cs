using IntegrationHubs.Domain.Common;

namespace IntegrationHubs.UnitTests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("leipzig-ost")]
    [InlineData("hub42")]
    [InlineData("a-b-c")]
    public void IsValid_LowerCaseWordsWithSingleHyphens_IsAccepted(string slug) => Slug.IsValid(slug).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Leipzig-Ost")]
    [InlineData("leipzig--ost")]
    [InlineData("-leipzig")]
    [InlineData("leipzig-")]
    [InlineData("grünau")]
    [InlineData("leipzig ost")]
    [InlineData("../etc")]
    [InlineData("admin")]
    [InlineData("new")]
    public void IsValid_AnythingElse_IsRefused(string? slug) => Slug.IsValid(slug).ShouldBeFalse();

    [Fact]
    public void IsValid_LongerThanMax_IsRefused()
    {
        Slug.IsValid(new string('a', Slug.MaxLength)).ShouldBeTrue();
        Slug.IsValid(new string('a', Slug.MaxLength + 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Integration Hub Leipzig-Ost", "leipzig-ost", "integration-hub-leipzig-ost")]
    [InlineData("Integrationshub Grünau", "gruenau", "integrationshub-gruenau")]
    [InlineData("Hub Straße der Einheit", "strasse-der-einheit", "hub-strasse-der-einheit")]
    [InlineData("  Café   Zürich  ", "cafe-zuerich", null)]
    [InlineData("ÄÖÜ Hub", "aeoeue", "aeoeue-hub")]
    public void Suggest_DropsTheGenericWords_AndTransliterates(string name, string best, string? whole)
    {
        var suggestions = Slug.Suggest(name);

        suggestions[0].ShouldBe(best);
        suggestions.ShouldAllBe(s => Slug.IsValid(s));
        if (whole is not null)
        {
            suggestions.ShouldBe([best, whole]);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("Hub")]
    [InlineData("مركز")]
    [InlineData("Admin")]
    public void Suggest_OffersNothingInvalid(string? name) => Slug.Suggest(name).ShouldAllBe(s => Slug.IsValid(s));

    [Fact]
    public void Suggest_KeepsLongNamesWithinTheMaximum() =>
        Slug.Suggest(new string('x', 50) + " " + new string('y', 50)).ShouldAllBe(s => s.Length <= Slug.MaxLength && Slug.IsValid(s));
}
