using System.Linq.Expressions;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IntegrationHubs.IntegrationTests.Tenancy;

[Collection(AppCollection.Name)]
public sealed class TenantFilterModelTests(AppFixture fixture)
{
    [Fact]
    public async Task Model_EveryEntityWithHubId_HasNamedTenantFilterReadingCurrentHub()
    {
        // Arrange
        var hubOwned = await HubScope.RunAsync(fixture.App, null, db =>
            Task.FromResult(db.Model.GetEntityTypes().Where(t => t.FindProperty("HubId") is not null).ToList()));

        // Act
        var unfiltered = hubOwned
            .Where(t => !IsTenantFilter(t.GetRootType().FindDeclaredQueryFilter(HubsDbContext.TenantFilter)))
            .Select(t => t.DisplayName())
            .ToList();

        // Assert
        hubOwned.Select(t => t.ClrType).ShouldContain(typeof(HubMembership));
        hubOwned.Select(t => t.ClrType).ShouldContain(typeof(AuditEntry));
        unfiltered.ShouldBeEmpty("entity types with a HubId but no tenant filter on HubId == CurrentHubId");
    }

    /// <summary>
    /// A named filter comparing the row's HubId with the context's CurrentHubId. A filter that reads a
    /// captured value instead would be frozen into the cached model: one hub would see another's rows.
    /// </summary>
    private static bool IsTenantFilter(IQueryFilter? filter)
    {
        if (filter is null || filter.IsAnonymous || filter.Expression is null)
        {
            return false;
        }

        var members = new MemberCollector();
        members.Visit(filter.Expression);
        return members.Seen.Contains((typeof(HubsDbContext), nameof(HubsDbContext.CurrentHubId)))
            && members.Seen.Any(m => m.Member == "HubId" && m.Type != typeof(HubsDbContext));
    }

    private sealed class MemberCollector : ExpressionVisitor
    {
        public HashSet<(Type? Type, string Member)> Seen { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            Seen.Add((node.Expression?.Type, node.Member.Name));
            return base.VisitMember(node);
        }
    }
}
