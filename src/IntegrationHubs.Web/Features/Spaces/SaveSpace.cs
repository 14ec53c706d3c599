using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Spaces;

/// <summary>One weekly opening period as the form edits it.</summary>
public sealed class OpeningPeriodForm
{
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
    public TimeSpan? Opens { get; set; } = TimeSpan.FromHours(9);

    /// <summary>00:00 means until midnight.</summary>
    public TimeSpan? Closes { get; set; } = TimeSpan.FromHours(18);
}

/// <summary>One closure as the form edits it.</summary>
public sealed class ClosureForm
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The space form: what the space is, its booking policy, weekly hours and closures.</summary>
public sealed class SpaceForm
{
    public string Name { get; set; } = "";
    public SpaceType Type { get; set; } = SpaceType.Cafe;
    public int Capacity { get; set; } = 10;
    public SpaceFeatures Features { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    public WhoMayBook WhoMayBook { get; set; } = WhoMayBook.Members;
    public bool RequiresApproval { get; set; } = true;
    public double MaxDurationHours { get; set; } = 4;
    public double MinLeadHours { get; set; } = 24;
    public int HorizonDays { get; set; } = 90;
    public bool ShowPurposeInFeed { get; set; }
    public List<OpeningPeriodForm> OpeningHours { get; set; } = [];
    public List<ClosureForm> Closures { get; set; } = [];

    public BookingPolicy ToPolicy() => new()
    {
        WhoMayBook = WhoMayBook, RequiresApproval = RequiresApproval, MaxDuration = TimeSpan.FromHours(MaxDurationHours),
        MinLeadTime = TimeSpan.FromHours(MinLeadHours), HorizonDays = HorizonDays, ShowPurposeInFeed = ShowPurposeInFeed,
    };

    public IEnumerable<OpeningPeriod> ToOpeningPeriods() => OpeningHours.Select(p =>
        new OpeningPeriod(p.Day, TimeOnly.FromTimeSpan(p.Opens ?? TimeSpan.Zero), TimeOnly.FromTimeSpan(p.Closes ?? TimeSpan.Zero)));

    public IEnumerable<Closure> ToClosures() => Closures.Select(c =>
        new Closure(DateOnly.FromDateTime(c.From!.Value), DateOnly.FromDateTime(c.To ?? c.From!.Value), string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim()));

    public static SpaceForm From(Space space) => new()
    {
        Name = space.Name, Type = space.Type, Capacity = space.Capacity, Features = space.Features, Description = space.Description,
        IsActive = space.IsActive, WhoMayBook = space.Policy.WhoMayBook, RequiresApproval = space.Policy.RequiresApproval,
        MaxDurationHours = space.Policy.MaxDuration.TotalHours, MinLeadHours = space.Policy.MinLeadTime.TotalHours,
        HorizonDays = space.Policy.HorizonDays, ShowPurposeInFeed = space.Policy.ShowPurposeInFeed,
        OpeningHours = [.. space.OpeningHours.Select(p => new OpeningPeriodForm { Day = p.Day, Opens = p.Opens.ToTimeSpan(), Closes = p.Closes.ToTimeSpan() })],
        Closures = [.. space.Closures.Select(c => new ClosureForm { From = c.From.ToDateTime(TimeOnly.MinValue), To = c.To.ToDateTime(TimeOnly.MinValue), Reason = c.Reason })],
    };

    public sealed class Validator : AbstractValidator<SpaceForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Spaces.Validation.NameRequired"]);
            RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length <= Space.NameMaxLength)
                .WithMessage(_ => l["Spaces.Validation.NameTooLong", Space.NameMaxLength]);
            RuleFor(x => x.Type).IsInEnum().WithMessage(_ => l["Spaces.Validation.UnknownType"]);
            RuleFor(x => x.Capacity).InclusiveBetween(1, Space.CapacityMax).WithMessage(_ => l["Spaces.Validation.Capacity", Space.CapacityMax]);
            RuleFor(x => x.Features).Must(f => (f & ~SpaceFeatureSet.All) == 0).WithMessage(_ => l["Spaces.Validation.UnknownFeature"]);
            RuleFor(x => x.Description).Must(d => d is null || d.Trim().Length <= Space.DescriptionMaxLength)
                .WithMessage(_ => l["Spaces.Validation.DescriptionTooLong", Space.DescriptionMaxLength]);
            RuleFor(x => x.WhoMayBook).IsInEnum().WithMessage(_ => l["Spaces.InvalidPolicy"]);
            RuleFor(x => x.MaxDurationHours).Must(h => h > 0 && h <= BookingPolicy.MaxDurationLimit.TotalHours)
                .WithMessage(_ => l["Spaces.Validation.MaxDuration", (int)BookingPolicy.MaxDurationLimit.TotalHours]);
            RuleFor(x => x.MinLeadHours).Must(h => h is >= 0 and <= 24 * 60).WithMessage(_ => l["Spaces.Validation.MinLead"]);
            RuleFor(x => x.HorizonDays).InclusiveBetween(1, BookingPolicy.HorizonDaysLimit)
                .WithMessage(_ => l["Spaces.Validation.Horizon", BookingPolicy.HorizonDaysLimit]);
            RuleFor(x => x.OpeningHours).Must(p => p.Count <= Space.MaxOpeningPeriods).WithMessage(_ => l["Spaces.InvalidOpeningHours"]);
            RuleForEach(x => x.OpeningHours).Must(p => p.Opens is not null && p.Closes is not null && Enum.IsDefined(p.Day)
                    && (p.Closes == TimeSpan.Zero || p.Closes > p.Opens))
                .WithMessage(_ => l["Spaces.Validation.PeriodOrder"]);
            RuleFor(x => x.OpeningHours).Must(NotOverlap).WithMessage(_ => l["Spaces.InvalidOpeningHours"]);
            RuleFor(x => x.Closures).Must(c => c.Count <= Space.MaxClosures).WithMessage(_ => l["Spaces.InvalidClosure"]);
            RuleForEach(x => x.Closures).Must(c => c.From is not null && (c.To is null || c.To >= c.From))
                .WithMessage(_ => l["Spaces.InvalidClosure"]);
            RuleForEach(x => x.Closures).Must(c => c.Reason is null || c.Reason.Trim().Length <= Closure.ReasonMaxLength)
                .WithMessage(_ => l["Spaces.Validation.ClosureReasonTooLong", Closure.ReasonMaxLength]);
        }

        private static bool NotOverlap(List<OpeningPeriodForm> periods) =>
            periods.Where(p => p.Opens is not null && p.Closes is not null).GroupBy(p => p.Day).All(day =>
            {
                var ordered = day.OrderBy(p => p.Opens).ToList();
                return ordered.Zip(ordered.Skip(1)).All(pair => pair.First.Closes != TimeSpan.Zero && pair.First.Closes <= pair.Second.Opens);
            });
    }
}

/// <summary>What a change to a space came to: saved (with its id), or refused with a resource key.</summary>
public sealed record SpaceResult(Guid? Id, string? RefusalKey)
{
    public bool Succeeded => RefusalKey is null;
}

/// <summary>A coordinator describes a new space or changes one: what it is, its booking policy, hours and closures.</summary>
public sealed class SaveSpace(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<SpaceForm> validator, TimeProvider time)
{
    /// <param name="Id">Null for a new space.</param>
    public sealed record Command(Guid? Id, uint Version, SpaceForm Form);

    public async Task<SpaceResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(command.Form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var form = command.Form;

        Space space;
        if (command.Id is { } id)
        {
            space = await db.Spaces.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
            if (space.Version != command.Version)
            {
                return new SpaceResult(null, "Error.ChangedMeanwhile");
            }

            db.Entry(space).Property(s => s.Version).OriginalValue = command.Version;
        }
        else
        {
            space = Space.Create(form.Name, form.Type, form.Capacity);
            db.Spaces.Add(space);
        }

        if (await db.Spaces.AnyAsync(s => s.Id != space.Id && s.Name == form.Name.Trim(), ct))
        {
            return new SpaceResult(null, "Spaces.NameTaken");
        }

        try
        {
            space.Describe(form.Name, form.Type, form.Capacity, form.Features, form.Description, form.IsActive);
            space.SetPolicy(form.ToPolicy());
            space.SetOpeningHours(form.ToOpeningPeriods());
            space.SetClosures(form.ToClosures());
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = userId, At = time.GetUtcNow(), Action = AuditActions.SpaceSaved,
                EntityType = nameof(Space), EntityId = space.Id.ToString(),
            });
            await db.SaveChangesAsync(ct);
            return new SpaceResult(space.Id, null);
        }
        catch (DomainException refused)
        {
            return new SpaceResult(null, refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SpaceResult(null, "Error.ChangedMeanwhile");
        }
    }
}
