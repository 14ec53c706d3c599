using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using Microsoft.EntityFrameworkCore;
using IntegrationHubs.Testing;
using Npgsql;
using Serilog.Events;
using static IntegrationHubs.IntegrationTests.Bookings.BookingWorld;

namespace IntegrationHubs.IntegrationTests.Bookings;

[Collection(SecondAppCollection.Name)]
public sealed class BookingConcurrencyTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly BookingWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FiftyConcurrentAttemptsForOneSlot_ExactlyOneSucceeds_TheOthersAreToldItIsTaken_AndNoRowsOverlap()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var people = new List<ApplicationUser>();
        for (var i = 0; i < 50; i++)
        {
            var person = await _world.Scenario.PersonAsync($"Person {i}", $"p{i}@example.org");
            await _world.Scenario.MembershipAsync(_world.Ost, person, HubRoles.Member);
            people.Add(person);
        }

        // Slightly different intervals over one slot, so the clash is a real overlap and not only an equal row.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = people.Select((person, i) => Task.Run(async () =>
        {
            await start.Task;
            var form = Form(space, fromHour: 10 + (i % 2), toHour: 12);
            return await _world.BookAsync(person, form);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Refusal == BookingRefusal.Taken);
        var overlapping = await CountOverlappingPairsAsync();
        overlapping.ShouldBe(0);
        (await _world.AllBookingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task TenWayRace_ClashesDecidedByTheDatabase_LogNoError()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        var people = new List<ApplicationUser>();
        for (var i = 0; i < 10; i++)
        {
            var person = await _world.Scenario.PersonAsync($"Racer {i}", $"racer{i}@example.org");
            await _world.Scenario.MembershipAsync(_world.Ost, person, HubRoles.Member);
            people.Add(person);
        }

        fixture.App.Logs.Clear();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = people.Select((person, i) => Task.Run(async () =>
        {
            await start.Task;
            return await _world.BookAsync(person, Form(space, fromHour: 10 + (i % 2), toHour: 12));
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.Refusal == BookingRefusal.Taken);
        var errors = fixture.App.Logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(LogCapture.Render).ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
    }

    [Fact]
    public async Task Database_RefusesAnOverlappingPendingOrConfirmedRow_ButNotACancelledOne()
    {
        var space = await _world.SpaceAsync(_world.Ost);
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();

        async Task InsertAsync(string status, int fromHour, int toHour)
        {
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO bookings (id, hub_id, space_id, start, "end", purpose, status, for_hub, created_at)
                VALUES (gen_random_uuid(), @hub, @space, @start, @end, 'x', @status, false, now())
                """, connection);
            insert.Parameters.AddWithValue("hub", _world.Ost.Id);
            insert.Parameters.AddWithValue("space", space.Id);
            insert.Parameters.AddWithValue("start", DateTime.SpecifyKind(Day(3).AddHours(fromHour), DateTimeKind.Utc));
            insert.Parameters.AddWithValue("end", DateTime.SpecifyKind(Day(3).AddHours(toHour), DateTimeKind.Utc));
            insert.Parameters.AddWithValue("status", status);
            await insert.ExecuteNonQueryAsync();
        }

        await InsertAsync("Cancelled", 10, 12);
        await InsertAsync("Pending", 10, 12);
        await InsertAsync("Confirmed", 12, 14);
        var clash = await Should.ThrowAsync<PostgresException>(() => InsertAsync("Confirmed", 11, 13));
        await InsertAsync("Rejected", 11, 13);

        clash.SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
        clash.ConstraintName.ShouldBe("ex_bookings_no_overlap");
    }

    private async Task<long> CountOverlappingPairsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT count(*) FROM bookings a JOIN bookings b
              ON a.hub_id = b.hub_id AND a.space_id = b.space_id AND a.id < b.id
             AND tstzrange(a.start, a."end") && tstzrange(b.start, b."end")
            WHERE a.status IN ('Pending', 'Confirmed') AND b.status IN ('Pending', 'Confirmed')
            """, connection);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
