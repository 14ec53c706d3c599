using System.Net;
using System.Text.RegularExpressions;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.IntegrationTests.Members;

/// <summary>A coordinator of hub A has no part in hub B: not its list, not its people, not its audit log.</summary>
[Collection(AppCollection.Name)]
public sealed partial class CoordinatorIsolationTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly MembersWorld _world = new(fixture.App);
    private ResolvedHub _a = default!;
    private ResolvedHub _b = default!;
    private Guid _coordinatorA;
    private string _coordinatorAEmail = "";
    private Guid _memberB;
    private uint _memberBVersion;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        _a = await _world.HubAsync("Ahub");
        _b = await _world.HubAsync("Bhub");
        _coordinatorAEmail = $"coordinator.a.{Guid.NewGuid():N}@example.org";
        _coordinatorA = await _world.PersonAsync("Coordinator A", _coordinatorAEmail, withPassword: true);
        await _world.JoinAsync(_a, _coordinatorA, HubRoles.Coordinator);
        var coordinatorB = await _world.PersonAsync("Coordinator B");
        await _world.JoinAsync(_b, coordinatorB, HubRoles.Coordinator);
        _memberB = await _world.PersonAsync("Member B");
        await _world.JoinAsync(_b, _memberB, state: MembershipState.Requested);
        _memberBVersion = (await _world.MembershipAsync(_b, _memberB)).Version;
        await _world.InHubAsync(_b, async db =>
        {
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = _b.Id, ActorUserId = coordinatorB, At = MembersWorld.Start, Action = AuditActions.RolesGranted,
                EntityType = nameof(HubMembership), EntityId = coordinatorB.ToString(), Detail = "Coordinator",
            });
            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public enum Operation
    {
        List,
        Approve,
        SetRoles,
        Deactivate,
        Reactivate,
        ReadAudit,
    }

    private Task<object> RunAsync(Operation operation, ResolvedHub hub) => operation switch
    {
        Operation.List => _world.AsAsync<ListHubMembers, object>(_coordinatorA, hub, async h => await h.HandleAsync(new())),
        Operation.Approve => _world.AsAsync<ApproveMembership, object>(_coordinatorA, hub, async h => await h.HandleAsync(new(_memberB, _memberBVersion))),
        Operation.SetRoles => _world.AsAsync<SetMemberRoles, object>(_coordinatorA, hub, async h => await h.HandleAsync(new(_memberB, _memberBVersion, HubRoles.Coordinator))),
        Operation.Deactivate => _world.AsAsync<DeactivateMembership, object>(_coordinatorA, hub, async h => await h.HandleAsync(new(_memberB, _memberBVersion))),
        Operation.Reactivate => _world.AsAsync<ReactivateMembership, object>(_coordinatorA, hub, async h => await h.HandleAsync(new(_memberB, _memberBVersion))),
        Operation.ReadAudit => _world.AsAsync<ListHubAudit, object>(_coordinatorA, hub, async h => await h.HandleAsync(new())),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    [Theory]
    [InlineData(Operation.List)]
    [InlineData(Operation.Approve)]
    [InlineData(Operation.SetRoles)]
    [InlineData(Operation.Deactivate)]
    [InlineData(Operation.Reactivate)]
    [InlineData(Operation.ReadAudit)]
    public async Task CoordinatorOfA_InHubB_IsRefusedAsNotFound_AndNothingInBChanges(Operation operation)
    {
        await Should.ThrowAsync<NotFoundException>(() => RunAsync(operation, _b));

        var membership = await _world.MembershipAsync(_b, _memberB);
        membership.State.ShouldBe(MembershipState.Requested);
        membership.Roles.ShouldBe(HubRoles.Member);
        (await _world.InHubAsync(_b, db => db.AuditEntries.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [InlineData(Operation.List)]
    [InlineData(Operation.ReadAudit)]
    public async Task CoordinatorOfA_InHubA_IsAllowed(Operation operation)
    {
        // The control for the refusals above: the same person and handler do work in their own hub.
        (await RunAsync(operation, _a)).ShouldNotBeNull();
    }

    [Fact]
    public async Task AuditLogOfA_HoldsNoEntryOfB()
    {
        var result = await _world.AsAsync<ListHubAudit, ListHubAudit.Result>(_coordinatorA, _a, h => h.HandleAsync(new()));

        result.Total.ShouldBe(0);
        result.Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("members")]
    [InlineData("audit")]
    [InlineData("initiatives")]
    [InlineData("")]
    public async Task OverHttp_CoordinatorOfA_GetsNotFoundForBsPages_ButSeesTheirOwn(string page)
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, _coordinatorAEmail, MembersWorld.Password);

        using var own = await client.GetAsync($"/hubs/{_a.Slug}/manage/{page}");
        using var other = await client.GetAsync($"/hubs/{_b.Slug}/manage/{page}");

        own.StatusCode.ShouldBe(HttpStatusCode.OK, own.Headers.Location?.ToString());
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).ShouldNotContain("Member B");
        // Every page of the coordinator area links its sections.
        var html = await own.Content.ReadAsStringAsync();
        html.ShouldContain($"href=\"/hubs/{_a.Slug}/manage/members\"");
        html.ShouldContain($"href=\"/hubs/{_a.Slug}/manage/audit\"");
        html.ShouldContain($"href=\"/hubs/{_a.Slug}/manage/initiatives\"");
    }

    [Fact]
    public async Task OverHttp_SignedOut_IsSentToSignIn()
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/hubs/{_a.Slug}/manage/members");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    /// <summary>Signs in the way a browser does: the login page's form, with its antiforgery token.</summary>
    private static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var form = page.Split("<form").Single(f => f.Contains("name=\"_handler\" value=\"login\"", StringComparison.Ordinal));
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]+)"[^>]*value="(?<value>[^"]*)"[^>]*>""")]
    private static partial Regex HiddenInput();
}
