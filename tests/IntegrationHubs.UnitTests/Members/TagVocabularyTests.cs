using IntegrationHubs.Domain.Members;

namespace IntegrationHubs.UnitTests.Members;

public sealed class TagVocabularyTests
{
    private static readonly TagVocabulary Vocabulary = new(TagVocabularySeed.Concepts);

    [Theory]
    [InlineData("الطبخ")]
    [InlineData("Kochen")]
    [InlineData("cooking")]
    [InlineData("кулінарія")]
    [InlineData("  KOCHEN ")]
    [InlineData("\u200fالطَّبخ\u200f")]
    [InlineData("Кулінарія")]
    [InlineData("готування")]
    public void OneConcept_WhateverLanguageOrSpellingItIsTypedIn(string typed)
    {
        Vocabulary.ConceptKeyOf(typed).ShouldBe("cooking");
        Vocabulary.ToStored(typed).ShouldBe("cooking");
        Vocabulary.MatchKey(typed).ShouldBe(Vocabulary.MatchKey("الطبخ"));
    }

    [Theory]
    [InlineData("de", "Kochen")]
    [InlineData("en", "Cooking")]
    [InlineData("ar", "الطبخ")]
    [InlineData("uk", "Кулінарія")]
    [InlineData("fa", "Kochen")]
    public void StoredKey_IsShownInTheViewersLanguage_GermanWhenTheVocabularyHasNone(string language, string expected) =>
        Vocabulary.Display("cooking", language).ShouldBe(expected);

    [Fact]
    public void FreeText_IsKept_WithWhitespaceTidied_AndComparedIgnoringCase()
    {
        Vocabulary.ToStored("  Töpfern   am  Abend ").ShouldBe("Töpfern am Abend");
        Vocabulary.MatchKey("TÖPFERN AM ABEND").ShouldBe(Vocabulary.MatchKey("töpfern am abend"));
        Vocabulary.Display("Töpfern am Abend", "ar").ShouldBe("Töpfern am Abend");
    }

    [Fact]
    public void NormaliseTags_StoresKeys_DropsEmptiesAndDuplicatesByMeaning_KeepsOrder()
    {
        var stored = Vocabulary.NormaliseTags(["Kochen", " ", "Töpfern", "الطبخ", "töpfern", "Fahrräder", null, "Bike repair"]);

        stored.ShouldBe(["cooking", "Töpfern", "bike-repair"]);
    }

    [Fact]
    public void Suggest_MatchesEveryLanguage_AndNamesInTheReadersLanguage()
    {
        Vocabulary.Suggest("koch", "de").ShouldContain("Kochen");
        Vocabulary.Suggest("طبخ", "de").ShouldContain("Kochen");
        Vocabulary.Suggest("sew", "uk").ShouldBe(["Шиття"]);
        Vocabulary.Suggest("", "de").ShouldBeEmpty();
        Vocabulary.Suggest("rep", "en")[0].ShouldStartWith("Rep");
    }

    [Fact]
    public void KeysContaining_FindsConceptsByAnyLanguagesName()
    {
        Vocabulary.KeysContaining("Koch").ShouldContain("cooking");
        Vocabulary.KeysContaining("خياطة").ShouldBe(["sewing"]);
        Vocabulary.KeysContaining(" ").ShouldBeEmpty();
    }

    [Fact]
    public void Seed_HasANameInEveryUiLanguage_NoTermClaimedByTwoConcepts_AndKeysThatFitAProfile()
    {
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var concept in TagVocabularySeed.Concepts)
        {
            concept.Key.ShouldMatch("^[a-z][a-z-]*$");
            concept.Key.Length.ShouldBeLessThanOrEqualTo(TagConcept.KeyMaxLength);
            foreach (var language in new[] { "de", "en", "ar", "uk" })
            {
                concept.Terms.Count(t => t.IsName && t.Language == language).ShouldBe(1, $"{concept.Key} {language}");
            }

            foreach (var term in concept.Terms.Select(t => TagVocabulary.Normalise(t.Text)).Append(concept.Key).Distinct())
            {
                term.Length.ShouldBeLessThanOrEqualTo(MemberProfile.TagMaxLength);
                if (claimed.TryGetValue(term, out var other))
                {
                    other.ShouldBe(concept.Key, $"\"{term}\" is claimed by {other} and {concept.Key}");
                }

                claimed[term] = concept.Key;
            }
        }

        TagVocabularySeed.Terms.Select(t => (t.ConceptKey, t.Language, t.Text)).ShouldBeUnique();
    }

    [Fact]
    public void Matcher_CountsAnInterestTypedInTwoLanguagesAsShared()
    {
        var amal = new TandemMatcher.Person(Guid.NewGuid(), [new SpokenLanguage { LanguageCode = "ar", Level = LanguageLevel.Native }, new SpokenLanguage { LanguageCode = "de", Level = LanguageLevel.Learning }],
            [Vocabulary.MatchKey("الطبخ")]);
        var peter = new TandemMatcher.Person(Guid.NewGuid(), [new SpokenLanguage { LanguageCode = "de", Level = LanguageLevel.Native }, new SpokenLanguage { LanguageCode = "ar", Level = LanguageLevel.Learning }],
            [Vocabulary.MatchKey("Kochen")]);
        var thomas = peter with { UserId = Guid.NewGuid(), Interests = [Vocabulary.MatchKey("Töpfern")] };

        var matches = TandemMatcher.Suggest(amal, [thomas, peter]);

        matches[0].UserId.ShouldBe(peter.UserId);
        matches[0].Score.ShouldBe(matches[1].Score + 1);
    }
}
