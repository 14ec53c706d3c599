using FluentValidation;
using FluentValidation.Results;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Hubs;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Manual;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Spaces;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Account;
using IntegrationHubs.Web.Features.Admin;
using IntegrationHubs.Web.Features.Invitations;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace IntegrationHubs.Web.Features.Manual;

/// <summary>Everything the wizard asks, step by step: where, what the hub is, which rooms, which templates, who coordinates.</summary>
public sealed class OpenHubForm
{
    public const int MaxSpacesPerType = 10;
    public const string DefaultTimeZone = "Europe/Berlin";

    public Guid? MunicipalityId { get; set; }
    public string? NewMunicipalityName { get; set; }
    public string? NewMunicipalityCountry { get; set; } = "DE";
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Address { get; set; }
    public string? Neighbourhood { get; set; }
    public string? TimeZone { get; set; } = DefaultTimeZone;
    public List<string> Languages { get; set; } = ["de"];
    public Guid? SpatialVersionId { get; set; }

    /// <summary>How many spaces of each space type (by its place in the spatial programme version); 0 = none.</summary>
    public Dictionary<int, int> SpaceCounts { get; set; } = [];

    public Guid? CurriculumVersionId { get; set; }
    public Guid? StrategyVersionId { get; set; }
    public string? CoordinatorEmail { get; set; }

    public static bool IsKnownTimeZone(string? id) => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>
    /// The IANA zones of the server (hub times are computed with them, so only these can work), read once; a Windows
    /// server lists its own ids, which are translated. Only "Area/City" names: the legacy aliases (EST5EDT,
    /// Etc/GMT+3, US/Pacific…) would only confuse the choice.
    /// </summary>
    private static readonly Lazy<string[]> TimeZones = new(() =>
    [
        .. TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : null)
            .OfType<string>()
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal) && !id.StartsWith("US/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ]);

    /// <summary>Zones whose name contains <paramref name="text"/> (any case, a space matching "_"), Europe/Berlin first when nothing is typed.</summary>
    public static IEnumerable<string> TimeZonesMatching(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TimeZones.Value.Where(z => z.StartsWith("Europe/", StringComparison.Ordinal)).OrderBy(z => z != DefaultTimeZone);
        }

        var wanted = text.Trim().Replace(' ', '_');
        return TimeZones.Value.Where(z => z.Contains(wanted, StringComparison.OrdinalIgnoreCase));
    }

    public sealed class Validator : AbstractValidator<OpenHubForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.MunicipalityId).Must((f, id) => id is not null || !string.IsNullOrWhiteSpace(f.NewMunicipalityName))
                .WithMessage(_ => l["Wizard.Validation.MunicipalityRequired"]);
            RuleFor(x => x.NewMunicipalityName).Must(n => n is null || n.Trim().Length <= Municipality.NameMaxLength)
                .WithMessage(_ => l["Wizard.Validation.TooLong", Municipality.NameMaxLength]);
            RuleFor(x => x.NewMunicipalityCountry).Must(c => c is { Length: Municipality.CountryCodeLength } && c.All(char.IsAsciiLetter))
                .When(x => x.MunicipalityId is null).WithMessage(_ => l["Wizard.Validation.CountryCode"]);
            RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Wizard.Validation.NameRequired"])
                .Must(n => n!.Trim().Length <= Hub.NameMaxLength).WithMessage(_ => l["Wizard.Validation.TooLong", Hub.NameMaxLength]);
            RuleFor(x => x.Slug).Must(s => Domain.Common.Slug.IsValid(s?.Trim()))
                .WithMessage(_ => l["Wizard.Validation.SlugInvalid", Domain.Common.Slug.MinLength, Domain.Common.Slug.MaxLength]);
            RuleFor(x => x.Address).Cascade(CascadeMode.Stop)
                .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage(_ => l["Wizard.Validation.AddressRequired"])
                .Must(a => a!.Trim().Length <= Hub.AddressMaxLength).WithMessage(_ => l["Wizard.Validation.TooLong", Hub.AddressMaxLength]);
            RuleFor(x => x.Neighbourhood).Must(n => n is null || n.Trim().Length <= Hub.NeighbourhoodMaxLength)
                .WithMessage(_ => l["Wizard.Validation.TooLong", Hub.NeighbourhoodMaxLength]);
            RuleFor(x => x.TimeZone).Must(IsKnownTimeZone).WithMessage(_ => l["Wizard.Validation.TimeZoneUnknown"]);
            RuleFor(x => x.Languages).Must(ls => ls.Count > 0 && ls.All(c => LanguageCatalog.IsKnown(c)))
                .WithMessage(_ => l["Wizard.Validation.LanguagesRequired"]);
            RuleFor(x => x.SpatialVersionId).NotNull().WithMessage(_ => l["Wizard.Validation.VersionRequired"]);
            RuleFor(x => x.CurriculumVersionId).NotNull().WithMessage(_ => l["Wizard.Validation.VersionRequired"]);
            RuleFor(x => x.StrategyVersionId).NotNull().WithMessage(_ => l["Wizard.Validation.VersionRequired"]);
            RuleFor(x => x.SpaceCounts).Must(c => c.Values.Any(n => n > 0) && c.Values.All(n => n is >= 0 and <= MaxSpacesPerType))
                .WithMessage(_ => l["Wizard.Validation.NoSpaces", MaxSpacesPerType]);
            RuleFor(x => x.CoordinatorEmail).Cascade(CascadeMode.Stop)
                .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage(_ => l["Wizard.Validation.CoordinatorRequired"])
                .PlausibleEmail(l);
        }
    }
}

/// <summary>
/// A network admin opens a new hub from the Manual's templates, in one transaction: the municipality (new or
/// existing), the hub in Planning, its spaces, its own copy of the curriculum, its setup checklist, where it came from
/// and the invitation of its first coordinator. Any refusal leaves nothing behind.
/// </summary>
public sealed class OpenHub(
    IDbContextFactory<HubsDbContext> dbFactory,
    HubAuthorizer authorizer,
    HubContext hubContext,
    HubResolver resolver,
    IValidator<OpenHubForm> validator,
    InviteMember invitations,
    IStringLocalizer<Strings> l,
    TimeProvider time)
{
    public sealed record Result(Guid HubId, string Slug, int Spaces, int Modules, int SetupItems);

    public async Task<Result> HandleAsync(OpenHubForm form, Uri appBaseUri, CancellationToken ct = default)
    {
        var actorId = await authorizer.RequireNetworkAdminAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        var slug = form.Slug!.Trim();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        if (await db.Hubs.AnyAsync(h => h.Slug == slug, ct))
        {
            throw Refused(nameof(OpenHubForm.Slug), "Wizard.Validation.SlugTaken");
        }

        var spatial = await VersionAsync(db, form.SpatialVersionId, TemplateKind.SpatialProgramme, nameof(OpenHubForm.SpatialVersionId), ct);
        var curriculum = await VersionAsync(db, form.CurriculumVersionId, TemplateKind.Curriculum, nameof(OpenHubForm.CurriculumVersionId), ct);
        var strategy = await VersionAsync(db, form.StrategyVersionId, TemplateKind.Strategy, nameof(OpenHubForm.StrategyVersionId), ct);
        if (form.SpaceCounts.Any(c => c.Value > 0 && (c.Key < 0 || c.Key >= spatial.Content.SpaceTypes.Count)))
        {
            throw Refused(nameof(OpenHubForm.SpaceCounts), "Wizard.Validation.VersionGone");
        }

        var municipality = await MunicipalityAsync(db, form, ct);
        var hub = new Hub
        {
            MunicipalityId = municipality.Id, Name = form.Name!.Trim(), Slug = slug, Address = form.Address!.Trim(),
            Neighbourhood = string.IsNullOrWhiteSpace(form.Neighbourhood) ? null : form.Neighbourhood.Trim(),
            TimeZone = form.TimeZone!.Trim(), Languages = [.. form.Languages.Distinct()], CreatedAt = now,
        };
        db.Hubs.Add(hub);

        // The admin works outside any hub, and the data layer refuses hub-owned rows of a hub that is not the current
        // one. The new hub's rows are meant for it, so the wizard enters it explicitly — only for this one save —
        // rather than weaken the guard for everyone. (The hub row itself is network-level and needs no entering.)
        using var _ = hubContext.EnterTemporarily(new ResolvedHub(hub.Id, hub.Slug, hub.Name, hub.MunicipalityId, hub.Status, hub.TimeZone));
        var language = hub.Languages.Contains("de") ? "de" : "en";
        var spaces = Spaces(spatial.Content, form.SpaceCounts, language).ToList();
        db.Spaces.AddRange(spaces);
        var modules = curriculum.Content.Modules.Select((m, i) => new CurriculumModule { HubId = hub.Id, Position = i, Text = m.ToModuleText() }).ToList();
        db.CurriculumModules.AddRange(modules);
        var items = SetupItem.CopyFrom(strategy.Content);
        db.SetupItems.AddRange(items);
        db.HubManualOrigins.Add(new HubManualOrigin
        {
            HubId = hub.Id, SpatialProgrammeVersionId = spatial.Id, CurriculumVersionId = curriculum.Id, StrategyVersionId = strategy.Id,
        });
        db.AuditEntries.Add(new AuditEntry
        {
            HubId = hub.Id, ActorUserId = actorId, Action = AuditActions.HubOpened, EntityType = nameof(Hub), EntityId = hub.Id.ToString(),
            Detail = $"spatial v{spatial.Number}, curriculum v{curriculum.Number}, strategy v{strategy.Number}", At = now,
        });
        var (invitation, token) = InviteMember.Add(db, hub.Id, actorId, form.CoordinatorEmail!.Trim(), HubRoles.Member | HubRoles.Coordinator, now);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw Refused(nameof(OpenHubForm.Slug), "Wizard.Validation.SlugTaken");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            // A template version deleted between reading it and saving: the transaction rolled back as a whole.
            throw Refused(nameof(OpenHubForm.StrategyVersionId), "Wizard.Validation.VersionGone");
        }

        // A visitor may have asked for this slug before it existed; the resolver must not answer from that memory.
        resolver.Forget(slug);
        await invitations.SendAsync(invitation, token, hub.Name, appBaseUri, ct);
        return new Result(hub.Id, hub.Slug, spaces.Count, modules.Count, items.Count);
    }

    /// <summary>
    /// Monday to Friday, 09:00–18:00 hub time. A space without hours takes no booking and counts no utilisation, so a
    /// new hub starts with working hours its coordinators then adjust, rather than with rooms nobody can book. The
    /// wizard tells the admin so ("Wizard.Spaces.Hours"): change both together.
    /// </summary>
    public static readonly IReadOnlyList<OpeningPeriod> DefaultOpeningHours =
    [
        .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new OpeningPeriod(day, new TimeOnly(9, 0), new TimeOnly(18, 0))),
    ];

    private static IEnumerable<Space> Spaces(TemplateContent spatial, Dictionary<int, int> counts, string language)
    {
        foreach (var (index, count) in counts.Where(c => c.Value > 0).OrderBy(c => c.Key))
        {
            var type = spatial.SpaceTypes[index];
            for (var n = 1; n <= count; n++)
            {
                var name = count == 1 ? type.Name.For(language) : $"{type.Name.For(language)} {n}";
                var space = Space.Create(name, type.Type, type.Capacity);
                space.Describe(name, type.Type, type.Capacity, type.Features, null);
                space.SetPolicy(type.Policy);
                space.SetOpeningHours(DefaultOpeningHours);
                yield return space;
            }
        }
    }

    private async Task<TemplateVersion> VersionAsync(HubsDbContext db, Guid? id, TemplateKind kind, string field, CancellationToken ct) =>
        await db.TemplateVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id && v.Kind == kind, ct)
            ?? throw Refused(field, "Wizard.Validation.VersionGone");

    private async Task<Municipality> MunicipalityAsync(HubsDbContext db, OpenHubForm form, CancellationToken ct)
    {
        if (form.MunicipalityId is { } id)
        {
            return await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, ct)
                ?? throw Refused(nameof(OpenHubForm.MunicipalityId), "Wizard.Validation.MunicipalityRequired");
        }

        var name = form.NewMunicipalityName!.Trim();
        var country = form.NewMunicipalityCountry!.Trim().ToUpperInvariant();
        var existing = await db.Municipalities.SingleOrDefaultAsync(m => m.Name == name && m.CountryCode == country, ct);
        if (existing is not null)
        {
            return existing;
        }

        var municipality = new Municipality { Name = name, CountryCode = country };
        db.Municipalities.Add(municipality);
        return municipality;
    }

    private ValidationException Refused(string field, string key) => new([new ValidationFailure(field, l[key])]);
}

/// <summary>What the wizard offers: the municipalities, and every template version (newest first per kind).</summary>
public sealed class GetWizardChoices(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, ListTemplateVersions versions)
{
    public sealed record Choices(IReadOnlyList<(Guid Id, string Name)> Municipalities, IReadOnlyList<ListTemplateVersions.Item> Versions);

    public async Task<Choices> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireNetworkAdminAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        return new Choices([.. municipalities.Select(m => (m.Id, m.Name))], await versions.HandleAsync(ct));
    }
}
