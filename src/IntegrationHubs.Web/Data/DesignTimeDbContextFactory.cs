using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrationHubs.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HubsDbContext>
{
    public HubsDbContext CreateDbContext(string[] args)
    {
        // Identity shapes its tables from IdentityOptions in the app's services; give the tools the same schema version.
        var services = new ServiceCollection()
            .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
            .BuildServiceProvider();
        var options = new DbContextOptionsBuilder<HubsDbContext>().UseApplicationServiceProvider(services);
        DataServiceCollectionExtensions.ConfigureNpgsql(options, "Host=localhost;Database=integrationhubs");
        return new HubsDbContext(options.Options, new HubContext());
    }
}
