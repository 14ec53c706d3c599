using System.Globalization;
using System.Text.Json;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.IntegrationTests.Admin;
using IntegrationHubs.IntegrationTests.Support;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Tenancy;

namespace IntegrationHubs.IntegrationTests.Dashboards;

/// <summary>
/// End to end over random databases: whatever the data, every period (whole, completed months) and municipality a viewer
/// or admin can choose, every exported count of people (JSON or CSV) is 0, a multiple of 5, "n+" or "&lt; 4k+1" — the rounded
/// atoms of decision 0022 — and the CSV says exactly what the JSON says.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MetricsExportPropertyTests(AppFixture fixture)
{
    private static readonly Background?[] Backgrounds = [Background.Newcomer, Background.LongTermResident, Background.PreferNotToSay, null];

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task RandomData_EveryChoice_NeverExportsASmallCountOfPeople(int seed)
    {
        // Arrange: two municipalities with 1–3 hubs each, a few people, events and walk-ins in the last 14 months
        await fixture.App.ResetDatabaseAsync();
        var random = new Random(seed);
        var arrange = new Arrange(fixture.App);
        var world = new MetricsWorld(fixture.App);
        var now = DateTimeOffset.UtcNow;
        var municipalities = new[] { await arrange.MunicipalityAsync("Leipzig"), await arrange.MunicipalityAsync("Dresden") };
        var hubs = new List<ResolvedHub>();
        foreach (var municipality in municipalities)
        {
            for (var h = random.Next(1, 4); h > 0; h--)
            {
                hubs.Add(await arrange.HubAsync($"Hub{hubs.Count}", municipality: municipality));
            }
        }

        foreach (var hub in hubs)
        {
            var people = new List<Guid>();
            for (var p = random.Next(0, 14); p > 0; p--)
            {
                people.Add(await world.MemberAsync(hub, Backgrounds[random.Next(Backgrounds.Length)], now.AddDays(-random.Next(1, 420)),
                    random.Next(2) == 0 ? ["de"] : ["ar", "uk"]));
            }

            for (var e = random.Next(0, 5); e > 0; e--)
            {
                var id = await world.EventAsync(hub, now.AddDays(-random.Next(2, 400)), EventStatus.Published,
                    random.Next(0, 6), random.Next(0, 6), random.Next(0, 3), random.Next(2) == 0 ? "de" : "ar");
                foreach (var person in people.Where(_ => random.Next(3) == 0))
                {
                    await world.RsvpAsync(hub, id, person, RsvpStatus.Confirmed, checkedIn: random.Next(2) == 0);
                }

                await world.CloseAsync(hub, id);
            }
        }

        var viewer = await arrange.UserAsync("viewer");
        var admin = await arrange.UserAsync("admin");
        await arrange.NetworkAdminAsync(admin);
        await new AdminScenario(fixture.App).AsAsync<AppointViewer>(admin, h => h.HandleAsync(new AppointViewerForm { MunicipalityId = municipalities[0].Id, Email = viewer.Email }));

        // Whole, completed months only (decision 0022): the default, the last 12, and random ranges of the last 14.
        var open = new DateOnly(now.AddHours(-12).Year, now.AddHours(-12).Month, 1);
        var periods = new List<string> { "", $"from={open.AddMonths(-12):yyyy-MM-dd}&to={open.AddDays(-1):yyyy-MM-dd}" };
        for (var i = 0; i < 4; i++)
        {
            var first = random.Next(1, 15);
            var last = random.Next(1, first + 1);
            periods.Add($"from={open.AddMonths(-first):yyyy-MM-dd}&to={open.AddMonths(-last + 1).AddDays(-1):yyyy-MM-dd}");
        }

        var choices = new List<(ApplicationUser Who, string Municipality)> { (viewer, ""), (viewer, $"municipality={municipalities[0].Id}&"), (admin, "") };
        choices.AddRange(municipalities.Select(m => (admin, $"municipality={m.Id}&")));

        foreach (var (who, municipality) in choices)
        {
            using var client = new FormClient(fixture.App);
            await client.SignInOrFailAsync(who.Email!);
            foreach (var period in periods)
            {
                // Act
                var json = await JsonAsync(client, $"/api/v1/metrics?{municipality}{period}&format=json");
                using var csvResponse = await client.GetAsync($"/api/v1/metrics?{municipality}{period}&format=csv");
                var csv = (await csvResponse.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

                // Assert
                var expected = new List<string>();
                foreach (var table in json.GetProperty("tables").EnumerateArray())
                {
                    var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
                    foreach (var row in table.GetProperty("rows").EnumerateArray())
                    {
                        var cells = row.GetProperty("cells").EnumerateArray().ToList();
                        for (var c = 0; c < cells.Count; c++)
                        {
                            var display = cells[c].GetProperty("display").GetString()!;
                            if (row.GetProperty("kind").GetString() == "People")
                            {
                                // "0", a multiple of 5, "n+" (n a multiple of 5), or "< 4k+1" — never a count from 1 to 4.
                                var what = $"seed {seed}, {who.DisplayName} {municipality}{period}: {row.GetProperty("key")} = {display}";
                                var number = display.TrimEnd('+');
                                if (display.StartsWith("< ", StringComparison.Ordinal))
                                {
                                    (int.Parse(display[2..], CultureInfo.InvariantCulture) % 4).ShouldBe(1, what);
                                }
                                else
                                {
                                    (int.Parse(number, CultureInfo.InvariantCulture) % 5).ShouldBe(0, what);
                                }

                                var value = cells[c].GetProperty("value");
                                (value.ValueKind == JsonValueKind.Null || value.GetDouble() % 5 == 0).ShouldBeTrue(what);
                            }

                            expected.Add($"{table.GetProperty("key").GetString()}|{row.GetProperty("key").GetString()}|{columns[c]}|{display}");
                        }
                    }
                }

                TotalsAreSumsOfTheirColumns(json, $"seed {seed}, {who.DisplayName} {municipality}{period}");
                var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
                    .Select(l => l.Split(',')).Select(f => $"{f[0]}|{f[1]}|{f[3]}|{f[4]}").ToList();
                lines.ShouldBe(expected);
            }
        }
    }

    /// <summary>
    /// A total column publishes nothing of its own (decision 0022): its rounded part is the sum of the columns' rounded
    /// parts, it carries "small" atoms exactly when a column does, and "&lt; 4k+1" counts the columns' small atoms.
    /// </summary>
    private static void TotalsAreSumsOfTheirColumns(JsonElement json, string what)
    {
        foreach (var table in json.GetProperty("tables").EnumerateArray())
        {
            var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            if (columns.Count < 2 || columns[^1] != "total")
            {
                continue;
            }

            foreach (var row in table.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "People"))
            {
                var cells = row.GetProperty("cells").EnumerateArray().Select(c => Read(c.GetProperty("display").GetString()!)).ToList();
                var (total, parts) = (cells[^1], cells[..^1]);
                var where = $"{what}: {row.GetProperty("key")}";
                total.Value.ShouldBe(parts.Sum(p => p.Value), where);
                total.HasSmall.ShouldBe(parts.Any(p => p.HasSmall), where);
                if (total.Small is { } k)
                {
                    k.ShouldBe(parts.Sum(p => p.Small ?? 0), where);
                }
            }
        }
    }

    /// <summary>"n" → n; "n+" → n with some small atoms; "&lt; 4k+1" → k small atoms.</summary>
    private static (int Value, bool HasSmall, int? Small) Read(string display) =>
        display.StartsWith("< ", StringComparison.Ordinal) ? (0, true, (int.Parse(display[2..], CultureInfo.InvariantCulture) - 1) / 4)
        : display.EndsWith('+') ? (int.Parse(display[..^1], CultureInfo.InvariantCulture), true, null)
        : (int.Parse(display, CultureInfo.InvariantCulture), false, 0);

    private static async Task<JsonElement> JsonAsync(FormClient client, string url)
    {
        using var response = await client.GetAsync(url);
        ((int)response.StatusCode).ShouldBe(200, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
