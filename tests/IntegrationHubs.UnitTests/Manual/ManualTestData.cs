using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Spaces;

namespace IntegrationHubs.UnitTests.Manual;

internal static class ManualTestData
{
    public static ManualText T(string text) => new($"{text} (de)", $"{text} (en)");

    public static SpaceTypeTemplate Cafe => new(SpaceType.Cafe, T("Café"), 60, 40, SpaceFeatures.Kitchen | SpaceFeatures.Wifi, WhoMayBook.Members, false, 4);

    public static ModuleTemplate Module(string title) => new(T(title), T("Goals"), T("Two sessions"), T("A milestone"));

    public static PhaseTemplate Phase(string title, params string[] activities) => new(T(title), 6, [.. activities.Select(T)]);

    public static TemplateContent Strategy => TemplateContent.Strategy(T("# Strategy"),
        Phase("Understand", "Walk the streets", "Talk to ten people"), Phase("Open the doors", "Open day"));
}
