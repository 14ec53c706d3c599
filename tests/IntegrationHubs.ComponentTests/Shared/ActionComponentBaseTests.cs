namespace IntegrationHubs.ComponentTests.Shared;

/// <summary>An action that fails in an interactive page: a message in the person's language, and the page keeps working.</summary>
public sealed class ActionComponentBaseTests : AppComponentContext
{
    [Fact]
    public void StaleAction_RecordGoneMeanwhile_ShowsAMessage_AndThePageStaysUsable()
    {
        var cut = Render<FailingActions>();
        cut.Find("#typed").Change("Mein Text");

        cut.Find("#gone").Click();

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Das gibt es inzwischen so nicht mehr"));
        cut.Find("#count").Click();
        cut.Find("#clicks").TextContent.ShouldBe("1");
        cut.Find("#typed").GetAttribute("value").ShouldBe("Mein Text");
    }

    [Fact]
    public void Refusal_ShowsItsOwnLocalizedText()
    {
        var cut = Render<FailingActions>();

        cut.Find("#refused").Click();

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Jemand hat das inzwischen geändert"));
    }

    [Fact]
    public void DatabaseDown_ShowsThatItDidNotWork_InArabic()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ar");
        var cut = Render<FailingActions>();

        cut.Find("#down").Click();

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("لم ينجح ذلك الآن"));
        cut.Find("#count").Click();
        cut.Find("#clicks").TextContent.ShouldBe("1");
    }
}
