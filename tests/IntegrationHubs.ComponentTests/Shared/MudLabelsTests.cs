using IntegrationHubs.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IntegrationHubs.ComponentTests.Shared;

/// <summary>MudBlazor's own labels come from our resources, registered as the app registers them.</summary>
public abstract class MudLabelsTests : AppComponentContext
{
    protected MudLabelsTests(string culture)
        : base(culture) => Services.AddTransient<MudLocalizer, AppMudLocalizer>();

    protected IRenderedComponent<MudTable<int>> RenderPagedTable() =>
        Render<MudTable<int>>(p => p
            .Add(x => x.Items, Enumerable.Range(1, 60).ToList())
            .Add(x => x.RowsPerPage, 25)
            .Add(x => x.RowTemplate, (RenderFragment<int>)(row => b => b.AddContent(0, row)))
            .Add(x => x.PagerContent, (RenderFragment)(b =>
            {
                b.OpenComponent<MudTablePager>(0);
                b.CloseComponent();
            })));

    protected IRenderedComponent<MudBreadcrumbs> RenderBreadcrumbs() =>
        Render<MudBreadcrumbs>(p => p.Add(x => x.Items, [new BreadcrumbItem("Ostwache", "/hubs/ostwache"), new BreadcrumbItem("Protokoll", null, disabled: true)]));

    protected static string[] PagerButtonNames(IRenderedComponent<MudTable<int>> cut) =>
        [.. cut.FindAll(".mud-table-pagination-actions button").Select(b => b.GetAttribute("aria-label") ?? "")];
}

public sealed class MudLabelsInArabicTests() : MudLabelsTests("ar")
{
    [Fact]
    public void Pager_NamesItsButtonsInArabic()
    {
        var cut = RenderPagedTable();

        PagerButtonNames(cut).ShouldBe(["الصفحة الأولى", "الصفحة السابقة", "الصفحة التالية", "الصفحة الأخيرة"]);
    }

    [Fact]
    public void Breadcrumbs_NameTheirLandmarkInArabic()
    {
        var cut = RenderBreadcrumbs();

        cut.Find("nav").GetAttribute("aria-label").ShouldBe("مسار التنقل");
    }
}

public sealed class MudLabelsInGermanTests() : MudLabelsTests("de")
{
    [Fact]
    public void Pager_NamesItsButtonsInGerman()
    {
        var cut = RenderPagedTable();

        PagerButtonNames(cut).ShouldBe(["Erste Seite", "Vorherige Seite", "Nächste Seite", "Letzte Seite"]);
    }

    [Fact]
    public void Breadcrumbs_NameTheirLandmarkInGerman()
    {
        var cut = RenderBreadcrumbs();

        cut.Find("nav").GetAttribute("aria-label").ShouldBe("Navigationspfad");
    }

    [Fact]
    public void NumericField_NamesItsSteppersInGerman()
    {
        var cut = Render<MudNumericField<int>>(p => p.Add(x => x.Label, "Plätze"));

        var names = cut.FindAll("button").Select(b => b.GetAttribute("aria-label")).ToList();
        names.ShouldContain("Erhöhen");
        names.ShouldContain("Verringern");
    }
}
