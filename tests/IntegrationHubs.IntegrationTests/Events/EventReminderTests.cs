using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Testing;
using IntegrationHubs.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHubs.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class EventReminderTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly EventWorld _world = new(fixture.App);

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> RunAsync()
    {
        // A fresh scope each time, as after a restart of the app.
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendEventReminders>().HandleAsync();
    }

    private async Task MoveToInHoursAsync(Guid id, int hours)
    {
        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand($"UPDATE events SET start = now() + interval '{hours} hours', \"end\" = now() + interval '{hours + 2} hours' WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", id);
        await update.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Reminder_GoesToThoseWithASeat_OnceOnly_EvenWhenRunAgain()
    {
        var soon = await _world.PublishedAsync(capacity: 1);
        var later = await _world.PublishedAsync(capacity: 1);
        await _world.RsvpAsync(_world.Bookings.Rana, soon);
        await _world.RsvpAsync(_world.Bookings.Olek, soon);
        await _world.RsvpAsync(_world.Bookings.Olek, later);
        await MoveToInHoursAsync(soon, 20);

        var first = await RunAsync();
        var second = await RunAsync();

        first.ShouldBe(1);
        second.ShouldBe(0);
        var reminded = await _world.Bookings.Scenario.ReadAsync(db => db.Notifications.IgnoreQueryFilters()
            .Where(n => n.Kind == NotificationKinds.EventReminder).Select(n => n.UserId).ToListAsync());
        reminded.ShouldBe([_world.Bookings.Rana.Id]);
    }

    [Fact]
    public async Task ReminderMail_LinksToTheEventAtThePublicAddress()
    {
        var soon = await _world.PublishedAsync(capacity: 1);
        await _world.RsvpAsync(_world.Bookings.Rana, soon);
        await MoveToInHoursAsync(soon, 20);

        await RunAsync();

        // Sent by a background job, with no request to take an address from: a relative link opens nowhere in a mail client.
        var link = await MailFolder.WaitForLinkAsync(fixture.App.MailFolder, _world.Bookings.Rana.Email!, $"events/{soon}");
        link.ShouldBe($"{fixture.App.PublicBaseUrl!.AbsoluteUri}events/{soon}");
    }
}
