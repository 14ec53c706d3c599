using System.Globalization;
using System.Net;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account.Email;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Bookings;

/// <summary>What a change to a booking came to: done, or refused with a resource key.</summary>
public sealed record BookingChange(string? RefusalKey)
{
    public const string ChangedMeanwhileKey = "Error.ChangedMeanwhile";

    public static readonly BookingChange Done = new((string?)null);

    public bool Succeeded => RefusalKey is null;
}

/// <summary>A coordinator approves a pending booking, or rejects it with a reason; the requester is told.</summary>
public sealed class DecideBooking(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, BookingNotifier notifier, TimeProvider time)
{
    /// <param name="Version">The version of the booking the coordinator looked at.</param>
    /// <param name="Reason">Required when rejecting.</param>
    public sealed record Command(Guid Id, uint Version, bool Approve, string? Reason = null);

    public async Task<BookingChange> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var booking = await db.Bookings.SingleOrDefaultAsync(b => b.Id == command.Id, ct) ?? throw new NotFoundException();
        if (booking.Version != command.Version)
        {
            return new BookingChange(BookingChange.ChangedMeanwhileKey);
        }

        db.Entry(booking).Property(b => b.Version).OriginalValue = command.Version;
        try
        {
            if (command.Approve)
            {
                booking.Approve(userId, now);
            }
            else
            {
                booking.Reject(userId, command.Reason, now);
            }

            db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, command.Approve ? AuditActions.BookingApproved : AuditActions.BookingRejected, now));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return new BookingChange(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BookingChange(BookingChange.ChangedMeanwhileKey);
        }

        // Told after saving: a decision the requester hears of must be one that stands.
        await notifier.DecidedAsync(db, hub, booking, ct);
        return BookingChange.Done;
    }
}

/// <summary>
/// Tells a requester that their booking was approved or rejected. The one place a booking decision reaches
/// a person: for now an email in their preferred language through <see cref="IMailTransport"/>; the in-app
/// notifier takes this place when it exists.
/// </summary>
public sealed class BookingNotifier(IMailTransport mail, IStringLocalizer<Strings> l, ILogger<BookingNotifier> log)
{
    public async Task DecidedAsync(HubsDbContext db, ResolvedHub hub, Booking booking, CancellationToken ct)
    {
        if (booking.BookedByUserId is not { } requesterId)
        {
            return;
        }

        var requester = await db.Users.AsNoTracking().Where(u => u.Id == requesterId)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).SingleOrDefaultAsync(ct);
        var space = await db.Spaces.AsNoTracking().Where(s => s.Id == booking.SpaceId).Select(s => s.Name).SingleOrDefaultAsync(ct);
        if (requester?.Email is null)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var culture = CultureInfo.GetCultureInfo(requester.PreferredCulture is { } c && Cultures.IsSupported(c) ? c : Cultures.Default);
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            var when = $"{HubTime.ToLocal(booking.Start, zone).ToString("g", culture)}–{HubTime.ToLocal(booking.End, zone).ToString("t", culture)}";
            var approved = booking.Status == BookingStatus.Confirmed;
            var subject = approved ? l["Bookings.Mail.ApprovedSubject", space ?? "", hub.Name] : l["Bookings.Mail.RejectedSubject", space ?? "", hub.Name];
            var body = approved
                ? l["Bookings.Mail.ApprovedBody", requester.DisplayName, space ?? "", when, booking.Purpose]
                : l["Bookings.Mail.RejectedBody", requester.DisplayName, space ?? "", when, booking.Purpose];
            var reason = approved ? null : l["Bookings.Mail.Reason", booking.Reason ?? ""].Value;
            var dir = culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
            var html = $"""
                <div dir="{dir}" style="font-family:sans-serif">
                <p>{WebUtility.HtmlEncode(body)}</p>
                {(reason is null ? "" : $"<p>{WebUtility.HtmlEncode(reason)}</p>")}
                </div>
                """;
            await mail.SendAsync(new MailMessage(requester.Email, subject, html, reason is null ? body : $"{body}\n\n{reason}"), ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The decision stands; a mail that could not be sent is logged, not shown as a failed approval.
            log.LogWarning(failure, "Could not tell the requester of booking {BookingId} about the decision", booking.Id);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = format;
        }
    }
}
