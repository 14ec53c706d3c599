using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Events;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Bookings;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Events;

/// <summary>The event form: texts (with translations), what and for whom, how many, when (local, in the hub's zone) and where.</summary>
public sealed class EventForm
{
    /// <summary>The new event's id, made with the form: submitting the same form twice creates one event (decision 0028).</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Language { get; set; } = "de";
    public List<TranslationForm> Translations { get; set; } = [];
    public EventCategory Category { get; set; } = EventCategory.Meetup;
    public List<string> Languages { get; set; } = [];
    public bool MembersOnly { get; set; }
    public int? Capacity { get; set; } = 20;
    public DateTime? Date { get; set; }
    public TimeSpan? Start { get; set; }
    public TimeSpan? End { get; set; }

    /// <summary>At one of the hub's spaces (then <see cref="SpaceId"/>) or at an outside <see cref="Address"/>.</summary>
    public bool AtAddress { get; set; }

    public Guid? SpaceId { get; set; }
    public string? Address { get; set; }
    public Guid? InitiativeId { get; set; }

    /// <summary>Every week on the first date's weekday, until <see cref="RepeatUntil"/> or for <see cref="RepeatCount"/> occurrences.</summary>
    public bool Repeats { get; set; }

    public bool RepeatByCount { get; set; } = true;
    public DateTime? RepeatUntil { get; set; }
    public int? RepeatCount { get; set; } = 10;

    public sealed class TranslationForm
    {
        public string Language { get; set; } = "";
        public string Title { get; set; } = "";
        public string Description { get; set; } = "";

        /// <summary>Written for an older original: shown to the editor as needing an update; readers get the original.</summary>
        public bool Stale { get; set; }
    }

    public sealed class Validator : AbstractValidator<EventForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => l["Events.Validation.TitleRequired"]);
            RuleFor(x => x.Title).Must(t => t is null || t.Trim().Length <= Event.TitleMaxLength)
                .WithMessage(_ => l["Events.Validation.TitleTooLong", Event.TitleMaxLength]);
            RuleFor(x => x.Description).Must(d => d is null || d.Trim().Length <= Event.DescriptionMaxLength)
                .WithMessage(_ => l["Events.Validation.DescriptionTooLong", Event.DescriptionMaxLength]);
            RuleFor(x => x.Capacity).NotNull().WithMessage(_ => l["Events.Refused.Capacity"]);
            RuleFor(x => x.Capacity).Must(c => c is null or (>= 1 and <= Event.MaxCapacity)).WithMessage(_ => l["Events.Refused.Capacity"]);
            RuleFor(x => x.Date).NotNull().WithMessage(_ => l["Events.Validation.DateRequired"]);
            RuleFor(x => x.Start).NotNull().WithMessage(_ => l["Events.Validation.StartRequired"]);
            RuleFor(x => x.End).NotNull().WithMessage(_ => l["Events.Validation.EndRequired"]);
            RuleFor(x => x.End).Must((form, end) => form.Start is null || end is null || end > form.Start)
                .WithMessage(_ => l["Events.Refused.EndBeforeStart"]);
            RuleFor(x => x.SpaceId).NotNull().When(x => !x.AtAddress).WithMessage(_ => l["Events.Validation.SpaceRequired"]);
            RuleFor(x => x.Address).Must(a => !string.IsNullOrWhiteSpace(a)).When(x => x.AtAddress).WithMessage(_ => l["Events.Validation.AddressRequired"]);
            RuleFor(x => x.Address).Must(a => a is null || a.Trim().Length <= Event.AddressMaxLength).When(x => x.AtAddress)
                .WithMessage(_ => l["Events.Refused.Place"]);
            RuleFor(x => x.RepeatCount).Must(c => c is >= 2 and <= EventSeries.MaxOccurrences).When(x => x.Repeats && x.RepeatByCount)
                .WithMessage(_ => l["Events.Series.Validation.Count", EventSeries.MaxOccurrences]);
            RuleFor(x => x.RepeatUntil).NotNull().When(x => x.Repeats && !x.RepeatByCount).WithMessage(_ => l["Events.Series.Validation.Until"]);
            RuleFor(x => x.RepeatUntil).Must((form, until) => until is null || form.Date is null || until.Value.Date > form.Date.Value.Date)
                .When(x => x.Repeats && !x.RepeatByCount).WithMessage(_ => l["Events.Series.Validation.Until"]);
            RuleForEach(x => x.Translations).Must(t => string.IsNullOrWhiteSpace(t.Description) || !string.IsNullOrWhiteSpace(t.Title))
                .WithMessage(_ => l["Events.Validation.TranslationTitleRequired"]);
        }
    }
}

/// <summary>What saving an event came to: its id and status, or a refusal at a field with free slots nearby when the space was taken.</summary>
public sealed record EventResult(Guid? Id, EventStatus? Status, string? RefusalKey, string Field, IReadOnlyList<BookingRequest> Alternatives)
{
    public const string FieldTitle = "Title";
    public const string FieldCapacity = "Capacity";
    public const string FieldPlace = "Place";
    public const string FieldTranslations = "Translations";
    public const string FieldInitiative = "Initiative";
    public const string FieldRepeat = "Repeat";

    public bool Succeeded => RefusalKey is null;

    public static EventResult Saved(Event saved) => new(saved.Id, saved.Status, null, "", []);

    public static EventResult Refused(string key, string field, IReadOnlyList<BookingRequest>? alternatives = null) => new(null, null, key, field, alternatives ?? []);

    /// <summary>The form field a domain refusal belongs to.</summary>
    public static string FieldOf(string code) => code switch
    {
        "Events.Refused.Capacity" => FieldCapacity,
        "Events.Refused.EndBeforeStart" => BookingRefusal.FieldEnd,
        "Events.Refused.InPast" => BookingRefusal.FieldStart,
        "Events.Refused.Place" => FieldPlace,
        "Events.Refused.TranslationLanguage" => FieldTranslations,
        "Events.NotAllowed" => FieldInitiative,
        "Events.Refused.CapacityBelowConfirmed" => FieldCapacity,
        "Events.Series.TooLong" or "Events.Series.EndRequired" => FieldRepeat,
        _ => FieldTitle,
    };
}

/// <summary>
/// A coordinator (for the hub) or an initiative's team (for their initiative) creates an event. In one of the hub's spaces the
/// booking is made in the same transaction, through the booking rules and the exclusion constraint: a clash is answered with
/// free slots nearby and nothing is saved.
/// </summary>
public sealed class CreateEvent(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<EventForm> validator, TimeProvider time)
{
    public async Task<EventResult> HandleAsync(EventForm form, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SavedAsync(db, form, userId, ct) is { } saved)
        {
            return EventResult.Saved(saved);
        }

        var (organiser, notAllowed) = await OrganiserAsync(db, form, userId, isCoordinator, ct);
        if (notAllowed is not null)
        {
            return notAllowed;
        }

        var onTeam = organiser.OnInitiativeTeam;

        var date = DateOnly.FromDateTime(form.Date!.Value);
        var start = HubTime.ToInstant(date, TimeOnly.FromTimeSpan(form.Start!.Value), zone);
        var end = HubTime.ToInstant(date, TimeOnly.FromTimeSpan(form.End!.Value), zone);
        if (start is null || end is null)
        {
            return EventResult.Refused(BookingRefusal.NoSuchLocalTime.Key, start is null ? BookingRefusal.FieldStart : BookingRefusal.FieldEnd);
        }

        var hubLanguages = await db.Hubs.AsNoTracking().Where(h => h.Id == hub.Id).Select(h => h.Languages).SingleAsync(ct);
        Event created;
        try
        {
            created = Event.Create(Details(form, start.Value, end.Value), hubLanguages, form.InitiativeId, organiser, userId, now);
            created.Id = form.Id;
        }
        catch (DomainException refused)
        {
            return EventResult.Refused(refused.Code, EventResult.FieldOf(refused.Code));
        }

        Space? space = null;
        var request = new BookingRequest(start.Value, end.Value);
        var booker = new Booker(IsMember: true, isCoordinator, onTeam);
        if (!form.AtAddress)
        {
            space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == form.SpaceId, ct);
            if (space is null)
            {
                return EventResult.Refused("Events.Refused.UnknownSpace", EventResult.FieldPlace);
            }

            if (BookingRules.Check(space, request, booker, now, zone) is { } broken)
            {
                return EventResult.Refused(broken.Key, broken.Field == BookingRefusal.FieldSpace ? EventResult.FieldPlace : broken.Field);
            }

            if ((await BookingSlots.HeldAsync(db, space.Id, request.Start, request.End, ct)).Count > 0)
            {
                // Held by this very form's event, saved a moment ago (a double click): that event is the answer.
                return await SavedAsync(db, form, userId, ct) is { } mine
                    ? EventResult.Saved(mine)
                    : await TakenAsync(db, space, request, booker, now, zone, ct);
            }

            var booking = Booking.Request(space.Id, request, userId, form.InitiativeId, forHub: form.InitiativeId is null, created.Title,
                space.Policy.InitialStatus(booker), now);
            created.HeldBy(booking.Id);
            db.Bookings.Add(booking);
            db.AuditEntries.Add(BookingAudit.Entry(hub.Id, userId, booking, AuditActions.BookingRequested, now));
        }

        db.Events.Add(created);
        db.AuditEntries.Add(EventAudit.Entry(hub.Id, userId, created, AuditActions.EventCreated, now));
        try
        {
            // One SaveChanges, one transaction: the event and its booking are saved together or not at all.
            await db.SaveChangesAsync(ct);
            return EventResult.Saved(created);
        }
        catch (DbUpdateException clash) when ((space is not null && BookingSlots.IsOverlap(clash)) || RepeatedCreate.IsSameKey(clash))
        {
            // The same form submitted twice at once: its space's slot or the event's id went to the first, which stands.
            db.ChangeTracker.Clear();
            if (await SavedAsync(db, form, userId, ct) is { } first)
            {
                return EventResult.Saved(first);
            }

            if (space is null)
            {
                throw;
            }

            return await TakenAsync(db, space, request, booker, now, zone, ct);
        }
    }

    private static Task<Event?> SavedAsync(HubsDbContext db, EventForm form, Guid userId, CancellationToken ct) =>
        db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == form.Id && e.CreatedByUserId == userId, ct);

    /// <summary>Who is creating: a coordinator, or the team of the initiative named; a refusal when they may not.</summary>
    internal static async Task<(EventOrganiser Organiser, EventResult? Refusal)> OrganiserAsync(HubsDbContext db, EventForm form, Guid userId, bool isCoordinator,
        CancellationToken ct)
    {
        var onTeam = false;
        if (form.InitiativeId is { } initiativeId)
        {
            var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct);
            if (initiative is null || !initiative.IsVisibleTo(userId))
            {
                return (default, EventResult.Refused("Events.Refused.UnknownInitiative", EventResult.FieldInitiative));
            }

            onTeam = initiative.IsTeam(userId);
        }

        var organiser = new EventOrganiser(isCoordinator, onTeam);
        return organiser.MayCreate(form.InitiativeId is not null) ? (organiser, null) : (organiser, EventResult.Refused("Events.NotAllowed", EventResult.FieldInitiative));
    }

    internal static Event.Details Details(EventForm form, DateTimeOffset start, DateTimeOffset end) => new(
        form.Title, form.Description, form.Language,
        [.. form.Translations.Select(t => new EventTranslation(t.Language, t.Title ?? "", t.Description ?? ""))],
        form.Category, form.Languages, form.MembersOnly ? EventVisibility.MembersOnly : EventVisibility.Public, form.Capacity ?? 0,
        start, end, form.AtAddress ? null : form.SpaceId, form.AtAddress ? form.Address : null);

    private static async Task<EventResult> TakenAsync(HubsDbContext db, Space space, BookingRequest request, Booker booker, DateTimeOffset now,
        TimeZoneInfo zone, CancellationToken ct)
    {
        var taken = await BookingSlots.TakenAsync(db, space, request, booker, now, zone, ct);
        return EventResult.Refused(BookingRefusal.Taken.Key, BookingRefusal.FieldStart, taken.Alternatives);
    }
}

internal static class EventAudit
{
    /// <summary>An entry about an event: its status and interval.</summary>
    public static AuditEntry Entry(Guid hubId, Guid actorId, Event ev, string action, DateTimeOffset at) => new()
    {
        HubId = hubId, ActorUserId = actorId, Action = action, EntityType = nameof(Event), EntityId = ev.Id.ToString(),
        Detail = $"{ev.Status} {ev.Start:O}/{ev.End:O}", At = at,
    };
}

/// <summary>What the event form offers: the hub's active spaces and languages.</summary>
public sealed class GetEventFormOptions(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Result(IReadOnlyList<EventFormFields.SpaceChoice> Spaces, IReadOnlyList<string> Languages);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var spaces = await db.Spaces.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name)
            .Select(s => new EventFormFields.SpaceChoice(s.Id, s.Name)).ToListAsync(ct);
        var languages = await db.Hubs.AsNoTracking().Where(h => h.Id == hub.Id).Select(h => h.Languages).SingleAsync(ct);
        return new Result(spaces, languages);
    }
}
