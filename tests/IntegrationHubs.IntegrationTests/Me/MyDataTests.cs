using System.Text.Json;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Me;
using IntegrationHubs.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Me;

[Collection(AppCollection.Name)]
public sealed class MyDataTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MemberScenario _given = new(fixture.App);

    public Task InitializeAsync() => fixture.App.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Domain.Hubs.Hub Hub, Web.Data.ApplicationUser Amal, Web.Data.ApplicationUser Peter)> TwoMembersInATandemAsync()
    {
        var hub = await _given.HubAsync("leipzig-ost");
        var amal = await _given.PersonAsync("Amal Nasser", "amal.nasser@example.org");
        var peter = await _given.PersonAsync("Peter Schmidt", "peter.schmidt@example.org");
        foreach (var person in new[] { amal, peter })
        {
            await _given.AsAsync(person, null, s => s.GetRequiredService<SaveMemberProfile>().HandleAsync(new MemberProfileForm
            {
                Languages = [new() { Code = "ar", Level = LanguageLevel.Native }], Skills = ["Kochen"], AcceptsTerms = true,
            }));
            await _given.AsAsync(person, hub, s => s.GetRequiredService<JoinHub>().HandleAsync());
        }

        await _given.AsAsync(amal, hub, async s =>
        {
            await using var db = await Testing.HubsAppFactory.CreateDbContextAsync(s);
            db.Tandems.Add(new Tandem { RequesterId = amal.Id, PartnerId = peter.Id, RequesterLearns = "de", PartnerLearns = "ar" });
            db.HubInvitations.Add(new HubInvitation { Email = "amal.nasser@example.org", TokenHash = new string('a', 64), InvitedByUserId = peter.Id, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });
            await db.SaveChangesAsync();
        });
        return (hub, amal, peter);
    }

    [Fact]
    public async Task Export_HoldsTheAccountProfileConsentsMembershipsAndTandems_AndIsAudited()
    {
        var (_, amal, _) = await TwoMembersInATandemAsync();

        var bytes = await _given.AsAsync(amal, null, s => s.GetRequiredService<ExportMyData>().HandleAsync());

        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        root.GetProperty("account").GetProperty("email").GetString().ShouldBe("amal.nasser@example.org");
        root.GetProperty("account").GetProperty("displayName").GetString().ShouldBe("Amal Nasser");
        root.GetProperty("profile").GetProperty("skills")[0].GetString().ShouldBe("Kochen");
        root.GetProperty("consents").GetArrayLength().ShouldBe(Consent.CurrentVersions.Count);
        root.GetProperty("memberships")[0].GetProperty("slug").GetString().ShouldBe("leipzig-ost");
        root.GetProperty("tandems")[0].GetProperty("state").GetString().ShouldBe("Requested");
        (await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == AuditActions.DataExported && a.ActorUserId == amal.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Delete_LeavesNoRowAnywhereHoldingTheNameOrEmail_AndTheOthersDataStays()
    {
        var (hub, amal, peter) = await TwoMembersInATandemAsync();

        var deleted = await _given.AsAsync(amal, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync(" Amal.Nasser@example.org "));

        deleted.ShouldBeTrue();
        (await RowsMentioningAsync("Amal Nasser")).ShouldBeEmpty();
        (await RowsMentioningAsync("amal.nasser@example.org")).ShouldBeEmpty();
        (await RowsMentioningAsync(amal.Id.ToString())).ShouldAllBe(r => r.StartsWith("audit_entries.", StringComparison.Ordinal));
        // Peter, his membership and the hub's history are untouched; Amal's joining stays, without her.
        (await _given.ReadAsync(db => db.Users.AnyAsync(u => u.Id == peter.Id))).ShouldBeTrue();
        (await _given.ReadAsync(db => db.HubMemberships.IgnoreQueryFilters().Select(m => m.UserId).ToListAsync())).ShouldBe([peter.Id]);
        var audit = await _given.ReadAsync(db => db.AuditEntries.IgnoreQueryFilters().ToListAsync());
        audit.Count(a => a.Action == AuditActions.MembershipJoined && a.HubId == hub.Id).ShouldBe(2);
        audit.ShouldNotContain(a => a.ActorUserId == amal.Id);
        audit.ShouldContain(a => a.Action == AuditActions.AccountDeleted && a.ActorUserId == null);
    }

    [Fact]
    public async Task Delete_RemovesDraftInitiatives_ButKeepsSubmittedOnesWithoutTheCreator_AndExportListsThem()
    {
        var (hub, amal, _) = await TwoMembersInATandemAsync();
        async Task<Guid> DraftAsync(string title)
        {
            var form = new InitiativeForm { Title = title, Summary = "Gemeinsam kochen", Category = InitiativeCategory.CommunityEvent, Languages = ["ar"] };
            var saved = await _given.AsAsync(amal, hub, s => s.GetRequiredService<SaveInitiativeDraft>().HandleAsync(new(null, 0, form)));
            return saved.Id!.Value;
        }

        var submitted = await DraftAsync("Supper Club");
        var version = await _given.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().Where(i => i.Id == submitted).Select(i => i.Version).SingleAsync());
        (await _given.AsAsync(amal, hub, s => s.GetRequiredService<SubmitInitiative>().HandleAsync(new(submitted, version)))).RefusalKey.ShouldBeNull();
        var draft = await DraftAsync("Nur eine Idee");

        using (var export = JsonDocument.Parse(await _given.AsAsync(amal, null, s => s.GetRequiredService<ExportMyData>().HandleAsync())))
        {
            export.RootElement.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("title").GetString())
                .ShouldBe(["Supper Club", "Nur eine Idee"], ignoreOrder: true);
            export.RootElement.GetProperty("initiativeTransitions").EnumerateArray()
                .ShouldContain(t => t.GetProperty("initiative").GetString() == "Supper Club" && t.GetProperty("to").GetString() == nameof(InitiativeStatus.Submitted));
        }

        await _given.AsAsync(amal, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync("amal.nasser@example.org"));

        var left = await _given.ReadAsync(db => db.Initiatives.IgnoreQueryFilters().ToListAsync());
        left.ShouldHaveSingleItem().Id.ShouldBe(submitted);
        left[0].CreatedByUserId.ShouldBeNull();
        (await _given.ReadAsync(db => db.InitiativeTransitions.IgnoreQueryFilters().AnyAsync(t => t.InitiativeId == draft))).ShouldBeFalse();
        (await RowsMentioningAsync("Amal Nasser")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_WithAnotherEmailTyped_DeletesNothing()
    {
        var (_, amal, _) = await TwoMembersInATandemAsync();

        var deleted = await _given.AsAsync(amal, null, s => s.GetRequiredService<DeleteMyAccount>().HandleAsync("peter.schmidt@example.org"));

        deleted.ShouldBeFalse();
        (await RowsMentioningAsync("amal.nasser@example.org")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Export_CoversEveryColumnOfTheModelThatHoldsAPersonsId()
    {
        var personal = await _given.ReadAsync(db => Task.FromResult(PersonalColumnsOf(db.Model)));

        personal.Count.ShouldBeGreaterThan(25);
        personal.Except(ExportMyData.PersonalColumns).ShouldBeEmpty("a column holding a person's id is missing from the data export");
        ExportMyData.PersonalColumns.Except(personal).ShouldBeEmpty("the export lists a column the model no longer has");
    }

    /// <summary>Foreign keys to the users table, and properties named as a user id (some have no foreign key), as table.column.</summary>
    private static List<string> PersonalColumnsOf(Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes().Where(e => e.ClrType != typeof(Web.Data.ApplicationUser)))
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            var named = entity.GetProperties().Where(p => (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))
                && (p.Name.EndsWith("UserId", StringComparison.Ordinal) || p.Name.EndsWith("ById", StringComparison.Ordinal)));
            var keyed = entity.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(Web.Data.ApplicationUser)).SelectMany(fk => fk.Properties);
            foreach (var property in named.Concat(keyed))
            {
                columns.Add($"{table}.{property.GetColumnName(store)}");
            }
        }

        return [.. columns];
    }

    /// <summary>Every text column of every table in the database whose value contains <paramref name="needle"/>.</summary>
    private async Task<List<string>> RowsMentioningAsync(string needle)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'ARRAY', 'uuid')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        columns.Count.ShouldBeGreaterThan(40);
        var hits = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE \"{column}\"::text ILIKE @needle", connection);
            count.Parameters.AddWithValue("needle", $"%{needle}%");
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                hits.Add($"{table}.{column}");
            }
        }

        return hits;
    }
}
