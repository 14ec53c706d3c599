using System.Net;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.IntegrationTests.Incubation;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Features.Events;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Features.Members;
using IntegrationHubs.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace IntegrationHubs.IntegrationTests.Visibility;

/// <summary>
/// Walks every GET route the app has (read from its endpoint data source, not from a list kept by hand) that a visitor
/// may open, with every route value the seeded hubs give, as a visitor, as a signed-in person who is no member and as a
/// member who left. Members-only, pending, draft and cancelled content, a hub still in planning and people's names carry
/// marker strings; none may reach any of them. A new public route is walked the day it is mapped; one whose values this
/// test cannot fill makes it fail until it gets a reason below.
/// </summary>
[Collection(SecondAppCollection.Name)]
public sealed class PublicOutputWalkTests(AppFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    // Shown to visitors: the walk must see them somewhere, or it proves nothing.
    private const string SeenEvent = "SEENpublicEvent";
    private const string SeenInitiative = "SEENlaunchedInitiative";

    // Never shown to anyone but members (or the people concerned).
    private const string MembersOnlyTitle = "LEAKmembersOnlyTitle";
    private const string MembersOnlyDescription = "LEAKmembersOnlyDescription";
    private const string PendingEvent = "LEAKpendingEvent";
    private const string DraftEvent = "LEAKdraftEvent";
    private const string CancelledEvent = "LEAKcancelledEvent";
    private const string PlanningHub = "LEAKplanningHub";
    private const string PlanningEvent = "LEAKplanningHubEvent";
    private const string PendingBooking = "LEAKpendingBooking";
    private const string PrivatePurpose = "LEAKprivatePurpose";
    private const string DraftInitiative = "LEAKdraftInitiative";
    private const string AcceptedInitiative = "LEAKacceptedInitiative";

    /// <summary>
    /// Routes a visitor may open that this walk does not fill in, each with its reason. Everything else that answers GET
    /// without sign-in is walked.
    /// </summary>
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        // An invitation is opened by its single-use secret token; without one there is nothing to show (InvitationTests
        // cover the token page, including that a wrong token shows nothing).
        ["/invite/{Token}"] = "secret token",

        // The Blazor circuit's SignalR transport: no page of its own, answers only a negotiated connection.
        ["/_blazor"] = "circuit transport",
        ["/_blazor/negotiate"] = "circuit transport",

        // Files of wwwroot by their path, written at build time: they hold no data.
        ["/{**path:file}"] = "static files",
    };

    private readonly IncubationWorld _world = new(fixture.App);
    private readonly List<string> _markers =
    [
        MembersOnlyTitle, MembersOnlyDescription, PendingEvent, DraftEvent, CancelledEvent, PlanningHub, PlanningEvent,
        PendingBooking, PrivatePurpose, DraftInitiative, AcceptedInitiative,
    ];

    private readonly List<Guid> _events = [];
    private readonly List<Guid> _spaces = [];
    private readonly List<Guid> _initiatives = [];
    private readonly List<string> _slugs = [];
    private ApplicationUser _nina = default!;
    private ApplicationUser _olek = default!;

    public async Task InitializeAsync()
    {
        await fixture.App.ResetDatabaseAsync();
        await _world.BuildAsync();
        var a = _world.A;
        var carla = _world.Carla;

        // People's names never reach a visitor: the walk's viewers' own names aside.
        _markers.AddRange(["Rana Team", "Carla Coordinator", "Mo Mentor", "Dmytro Coordinator"]);

        var shown = await SpaceAsync(a, "Café", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, ShowPurposeInFeed = true });
        var approval = await SpaceAsync(a, "Saal", new BookingPolicy { RequiresApproval = true, MinLeadTime = TimeSpan.Zero, ShowPurposeInFeed = true });
        var quiet = await SpaceAsync(a, "Werkstatt", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero });

        var seen = await EventAsync(a, carla, InSpace(shown, SeenEvent, daysAhead: 2));
        var membersOnly = InSpace(shown, MembersOnlyTitle, daysAhead: 3);
        membersOnly.Description = MembersOnlyDescription;
        membersOnly.MembersOnly = true;
        var secret = await EventAsync(a, carla, membersOnly);
        var pending = await EventAsync(a, carla, InSpace(shown, PendingEvent, daysAhead: 4));
        await SqlAsync("UPDATE events SET status = 'PendingApproval' WHERE id = @id", pending);
        var draft = await EventAsync(a, carla, InSpace(shown, DraftEvent, daysAhead: 5));
        await SqlAsync("UPDATE events SET status = 'Draft' WHERE id = @id", draft);
        var cancelled = await EventAsync(a, carla, AtAddress(CancelledEvent, daysAhead: 6));
        (await _world.As<CancelEvent, EventChange>(carla, a, h => h.HandleAsync(cancelled))).Succeeded.ShouldBeTrue();

        (await _world.As<BookSpace, BookingResult>(_world.Rana, a, h => h.HandleAsync(Booking(approval, PendingBooking)))).Status.ShouldBe(BookingStatus.Pending);
        (await _world.As<BookSpace, BookingResult>(_world.Rana, a, h => h.HandleAsync(Booking(quiet, PrivatePurpose)))).Succeeded.ShouldBeTrue();

        // A hub still in planning, run by Carla, with a public event: none of it exists for a visitor.
        var planning = await _world.Arrange.HubAsync($"{PlanningHub} Hub", HubStatus.Planning);
        await _world.Arrange.MembershipAsync(planning, carla, HubRoles.Member | HubRoles.Coordinator);
        var planningSpace = await SpaceAsync(planning, "Keller", new BookingPolicy { RequiresApproval = false, MinLeadTime = TimeSpan.Zero, ShowPurposeInFeed = true });
        var planningEvent = await EventAsync(planning, carla, InSpace(planningSpace, PlanningEvent, daysAhead: 2));

        var (_, launched) = await _world.EnrolledWithMentorAsync(SeenInitiative);
        IncubationWorld.Ok(await _world.LaunchAsync(a, carla, launched));
        var accepted = await _world.InitiativeAsync(a, _world.Rana, carla, AcceptedInitiative);
        var form = new InitiativeForm { Title = DraftInitiative, Summary = "Entwurf", Category = InitiativeCategory.Social, Languages = ["de"] };
        var draftInitiative = await _world.As<SaveInitiativeDraft, InitiativeResult>(_world.Rana, a, h => h.HandleAsync(new(null, 0, form)));
        IncubationWorld.Ok(draftInitiative);

        // A member who RSVPed to the members-only event, then left.
        _olek = await _world.Arrange.UserAsync("Olek Former", email: Arrange.Email("olek"));
        await _world.Arrange.MembershipAsync(a, _olek);
        (await _world.As<RsvpToEvent, RsvpResult>(_olek, a, h => h.HandleAsync(secret))).Succeeded.ShouldBeTrue();
        (await _world.As<RsvpToEvent, RsvpResult>(_olek, a, h => h.HandleAsync(seen))).Succeeded.ShouldBeTrue();
        (await _world.As<RsvpToEvent, RsvpResult>(_world.Rana, a, h => h.HandleAsync(secret))).Succeeded.ShouldBeTrue();
        await _world.As<LeaveHub, bool>(_olek, a, async h => { await h.HandleAsync(); return true; });

        _nina = await _world.Arrange.UserAsync("Nina Visitor", email: Arrange.Email("nina"));

        _slugs.AddRange([a.Slug, _world.B.Slug, planning.Slug]);
        _events.AddRange([seen, secret, pending, draft, cancelled, planningEvent]);
        _spaces.AddRange([shown, approval, quiet, planningSpace]);
        _initiatives.AddRange([launched, accepted, draftInitiative.Id!.Value]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryPublicOutput_ShowsVisitorsAndNonMembers_NoMembersOnlyPendingDraftOrCancelledContent_NorNames()
    {
        var routes = PublicRoutes(out var signedInOnly);
        routes.Count.ShouldBeGreaterThan(15, "the walk found too few public routes to mean anything");
        output.WriteLine($"{routes.Count} public addresses, {signedInOnly.Count} for anyone signed in:");
        routes.Concat(signedInOnly).ToList().ForEach(r => output.WriteLine(r.Url));

        // Members first: their answers hold every marker and must never be kept for a visitor (the visitor cache).
        using (var member = await SignedInAsync(_world.Carla))
        {
            await WalkAsync(member, routes, check: false);
        }

        using var anonymous = new FormClient(fixture.App);
        var seenByVisitor = await WalkAsync(anonymous, routes, check: true, twice: true);
        using var nina = await SignedInAsync(_nina);
        await WalkAsync(nina, [.. routes, .. signedInOnly], check: true);
        using var olek = await SignedInAsync(_olek);

        // His data export is his own record: it lists the RSVP he made while a member (MyDataTests).
        await WalkAsync(olek, [.. routes, .. signedInOnly.Where(r => r.Url != "/me/data/export")], check: true);

        seenByVisitor.ShouldContain(SeenEvent);
        seenByVisitor.ShouldContain(SeenInitiative);
    }

    [Fact]
    public async Task UnknownIds_InEveryPublicRoute_AreNotFound_AndChangeNothing()
    {
        var before = await CountsAsync();
        using var anonymous = new FormClient(fixture.App);
        var unknown = PublicRoutes(out _).Where(r => r.Unknown).ToList();
        unknown.ShouldNotBeEmpty();

        foreach (var route in unknown)
        {
            using var response = await anonymous.GetAsync(route.Url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, route.Url);
        }

        (await CountsAsync()).ShouldBe(before);
    }

    private sealed record Route(string Url, bool Unknown);

    /// <summary>The GET routes that do not ask for sign-in, filled in; and those that ask only for sign-in (no hub role).</summary>
    private List<Route> PublicRoutes(out List<Route> signedInOnly)
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))

            // Files from wwwroot and the framework's scripts: written at build time, they hold no data.
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .ToList();
        var open = new List<Route>();
        signedInOnly = [];
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (Skipped.ContainsKey(pattern))
            {
                continue;
            }

            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var anonymous = authorize.Count == 0 || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var signInOnly = !anonymous && authorize.All(a => a.Policy is null && a.Roles is null);
            if (!anonymous && !signInOnly)
            {
                continue;
            }

            var filled = Fill(endpoint.RoutePattern, pattern);
            (anonymous ? open : signedInOnly).AddRange(filled);
        }

        return [.. open.DistinctBy(r => r.Url)];
    }

    private IEnumerable<Route> Fill(RoutePattern pattern, string raw)
    {
        IEnumerable<(string Url, bool Unknown)> urls = [("", false)];
        string? previousLiteral = null;
        foreach (var segment in pattern.PathSegments)
        {
            IEnumerable<(string Url, bool Unknown)> parts = [("/", false)];
            foreach (var part in segment.Parts)
            {
                var values = part switch
                {
                    RoutePatternLiteralPart literal => [(literal.Content, false)],
                    RoutePatternSeparatorPart separator => [(separator.Content, false)],
                    RoutePatternParameterPart parameter => ValuesFor(parameter.Name, previousLiteral, raw),
                    _ => throw new InvalidOperationException($"{raw}: an unknown route part"),
                };
                parts = parts.SelectMany(p => values.Select(v => (p.Url + v.Value, p.Unknown || v.Unknown))).ToList();
                if (part is RoutePatternLiteralPart l)
                {
                    previousLiteral = l.Content;
                }
            }

            urls = urls.SelectMany(u => parts.Select(p => (u.Url + p.Url, u.Unknown || p.Unknown))).ToList();
        }

        return urls.Select(u => new Route(u.Url.Length == 0 ? "/" : u.Url, u.Unknown));
    }

    private List<(string Value, bool Unknown)> ValuesFor(string parameter, string? previousLiteral, string raw)
    {
        static List<(string, bool)> Ids(IEnumerable<Guid> known) => [.. known.Select(id => (id.ToString(), false)), (Guid.NewGuid().ToString(), true)];
        return (parameter.ToLowerInvariant(), previousLiteral?.ToLowerInvariant()) switch
        {
            ("slug", _) => [.. _slugs.Select(s => (s, false)), ("no-such-hub", true)],
            ("id", "events") => Ids(_events),
            ("id", "spaces") => Ids(_spaces),
            ("id", "initiatives") => Ids(_initiatives),
            ("documentname", _) => [("v1", false)],
            _ => throw new InvalidOperationException(
                $"The public route {raw} has a value '{parameter}' this walk cannot fill: teach {nameof(ValuesFor)} or give a reason in {nameof(Skipped)}."),
        };
    }

    /// <summary>Opens each route (a cached one twice: the second answer comes from the visitor cache); returns all the text seen.</summary>
    private async Task<string> WalkAsync(FormClient client, IEnumerable<Route> routes, bool check, bool twice = false)
    {
        var seen = new System.Text.StringBuilder();
        foreach (var route in routes)
        {
            for (var round = 0; round < (twice ? 2 : 1); round++)
            {
                var page = await client.GetPageAsync(route.Url);
                ((int)page.Status).ShouldBeLessThan(500, route.Url);

                // iCalendar folds long lines; a marker may be split across two.
                var text = page.Html.Replace("\r\n ", "", StringComparison.Ordinal);
                seen.Append(text);
                if (check)
                {
                    foreach (var marker in _markers)
                    {
                        text.ShouldNotContain(marker, Case.Sensitive, $"{route.Url} (round {round + 1}) shows {marker}");
                    }
                }
            }
        }

        return seen.ToString();
    }

    private async Task<FormClient> SignedInAsync(ApplicationUser user)
    {
        var client = new FormClient(fixture.App);
        await client.SignInOrFailAsync(user.Email!);
        return client;
    }

    private Task<long[]> CountsAsync() =>
        _world.ReadAsync(async db => new[]
        {
            await db.Events.IgnoreQueryFilters().LongCountAsync(), await db.Rsvps.IgnoreQueryFilters().LongCountAsync(),
            await db.Bookings.IgnoreQueryFilters().LongCountAsync(), await db.AuditEntries.IgnoreQueryFilters().LongCountAsync(),
            await db.Notifications.IgnoreQueryFilters().LongCountAsync(),
        });

    private static EventForm AtAddress(string title, int daysAhead) => new()
    {
        Title = title, Description = $"{title} Beschreibung", Language = "de", Category = EventCategory.Meetup, Languages = ["de"], Capacity = 10,
        Date = Bookings.BookingWorld.Day(daysAhead), Start = TimeSpan.FromHours(18), End = TimeSpan.FromHours(20), AtAddress = true, Address = "Marktplatz 1",
    };

    private static EventForm InSpace(Guid space, string title, int daysAhead)
    {
        var form = AtAddress(title, daysAhead);
        form.AtAddress = false;
        form.Address = null;
        form.SpaceId = space;
        return form;
    }

    private static BookingForm Booking(Guid space, string purpose) => new()
    {
        SpaceId = space, Date = Bookings.BookingWorld.Day(7), Start = TimeSpan.FromHours(10), End = TimeSpan.FromHours(12), Purpose = purpose,
    };

    private async Task<Guid> EventAsync(ResolvedHub hub, ApplicationUser coordinator, EventForm form)
    {
        var result = await _world.As<CreateEvent, EventResult>(coordinator, hub, h => h.HandleAsync(form));
        result.RefusalKey.ShouldBeNull(form.Title);
        return result.Id!.Value;
    }

    private async Task<Guid> SpaceAsync(ResolvedHub hub, string name, BookingPolicy policy)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HubContext>().Enter(hub);
        await using var db = await HubsAppFactory.CreateDbContextAsync(scope.ServiceProvider);
        var space = Space.Create(name, SpaceType.Workshop, 12);
        space.SetPolicy(policy);
        space.SetOpeningHours(Enum.GetValues<DayOfWeek>().Select(d => new OpeningPeriod(d, TimeOnly.MinValue, TimeOnly.MinValue)));
        db.Spaces.Add(space);
        await db.SaveChangesAsync();
        return space.Id;
    }

    private async Task SqlAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }
}
