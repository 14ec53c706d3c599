using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Http;

namespace IntegrationHubs.UnitTests.Tenancy;

public sealed class HubRouteTests
{
    [Theory]
    [InlineData("/hubs/leipzig-ost", "leipzig-ost")]
    [InlineData("/hubs/leipzig-ost/manage/members", "leipzig-ost")]
    [InlineData("/hubs/Leipzig-Ost", "leipzig-ost")]
    [InlineData("/api/v1/hubs/kassel-nord/events.ics", "kassel-nord")]
    public void TryGetSlug_HubRoutes_YieldTheSlug(string path, string slug)
    {
        HubResolutionMiddleware.TryGetSlug(new PathString(path), out var found).ShouldBeTrue();
        found.ShouldBe(slug);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/hubs")]
    [InlineData("/api/v1/hubs")]
    [InlineData("/me")]
    [InlineData("/Account/Login")]
    public void TryGetSlug_OtherRoutes_ResolveNoHub(string path) =>
        HubResolutionMiddleware.TryGetSlug(new PathString(path), out _).ShouldBeFalse();
}
