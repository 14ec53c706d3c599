using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>
/// Reminds people with a seat 24 hours before an event. Each event is claimed first, by one conditional UPDATE of
/// <c>reminder_sent_at</c>: after a restart, or with a second instance, a claimed event is never reminded again.
/// A crash between the claim and the sending loses that reminder — once at most is the promise.
/// </summary>
public sealed class SendEventReminders(IDbContextFactory<HubsDbContext> dbFactory, HubContext hubContext, EventNotifier notifier, TimeProvider time)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    /// <returns>How many events were reminded.</returns>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var until = now + Ahead;
        List<(Guid HubId, Guid EventId)> due;
        Dictionary<Guid, ResolvedHub> hubs;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // Across hubs on purpose: a job of the whole network, with no hub of its own; each event is then handled inside its hub.
            due = (await db.Events.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
                .Where(e => e.Status == EventStatus.Published && e.ReminderSentAt == null && e.Start > now && e.Start <= until)
                .OrderBy(e => e.Start).Select(e => new { e.HubId, e.Id }).Take(200).ToListAsync(ct))
                .Select(e => (e.HubId, e.Id)).ToList();
            var hubIds = due.Select(d => d.HubId).Distinct().ToList();
            hubs = await db.Hubs.AsNoTracking().Where(h => hubIds.Contains(h.Id))
                .Select(h => new ResolvedHub(h.Id, h.Slug, h.Name, h.MunicipalityId, h.Status, h.TimeZone)).ToDictionaryAsync(h => h.Id, ct);
        }

        var sent = 0;
        foreach (var (hubId, eventId) in due)
        {
            using var _ = hubContext.EnterTemporarily(hubs[hubId]);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var claimed = await db.Events.Where(e => e.Id == eventId && e.ReminderSentAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.ReminderSentAt, now), ct);
            if (claimed != 1)
            {
                continue;
            }

            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId, ct);
            var going = await db.Rsvps.AsNoTracking().Where(r => r.EventId == eventId && r.Status == RsvpStatus.Confirmed).Select(r => r.UserId).ToListAsync(ct);
            await notifier.NotifyAsync(hubs[hubId], ev, going, NotificationKinds.EventReminder, ct);
            sent++;
        }

        return sent;
    }
}

/// <summary>Runs <see cref="SendEventReminders"/> every few minutes, in a scope of its own each time.</summary>
public sealed class EventReminderService(IServiceScopeFactory scopes, ILogger<EventReminderService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SendEventReminders>().HandleAsync(stoppingToken);
                if (sent > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Event reminders sent for {Count} events", sent);
                }
            }
            catch (Exception failed) when (failed is not OperationCanceledException)
            {
                logger.LogWarning(failed, "Event reminders failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
