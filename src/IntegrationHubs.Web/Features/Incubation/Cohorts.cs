using System.Globalization;
using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Incubation;

public sealed class CohortForm
{
    /// <summary>The new cohort's id, made with the form: submitting the same form twice creates one cohort (decision 0028).</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";
    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }
    public int Capacity { get; set; } = 6;

    public sealed class Validator : AbstractValidator<CohortForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Cohorts.Validation.NameRequired"]);
            RuleFor(x => x.Name).Must(n => n is null || n.Trim().Length <= Cohort.NameMaxLength)
                .WithMessage(_ => l["Cohorts.Validation.NameTooLong", Cohort.NameMaxLength]);
            RuleFor(x => x.StartsOn).NotNull().WithMessage(_ => l["Cohorts.Validation.DatesRequired"]);
            RuleFor(x => x.EndsOn).NotNull().WithMessage(_ => l["Cohorts.Validation.DatesRequired"]);
            RuleFor(x => x.EndsOn).Must((form, end) => form.StartsOn is null || end is null || end.Value.Date >= form.StartsOn.Value.Date)
                .WithMessage(_ => l["Cohorts.Validation.EndBeforeStart"]);
            RuleFor(x => x.Capacity).InclusiveBetween(1, Cohort.MaxCapacity)
                .WithMessage(_ => l["Cohorts.Validation.Capacity", Cohort.MaxCapacity]);
        }
    }
}

/// <summary>A coordinator opens a cohort; its modules are copied from the hub's curriculum as it is now.</summary>
public sealed class CreateCohort(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<CohortForm> validator, TimeProvider time)
{
    public async Task<InitiativeResult> HandleAsync(CohortForm form, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Cohorts.AnyAsync(c => c.Id == form.Id, ct))
        {
            return InitiativeResult.Done(form.Id);
        }

        var curriculum = await db.CurriculumModules.AsNoTracking().OrderBy(m => m.Position).ToListAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var cohort = Cohort.Create(form.Name, DateOnly.FromDateTime(form.StartsOn!.Value), DateOnly.FromDateTime(form.EndsOn!.Value), form.Capacity, curriculum, now,
                form.Id);
            db.Cohorts.Add(cohort);
            db.AuditEntries.Add(new AuditEntry
            {
                HubId = hub.Id, ActorUserId = userId, At = now, Action = AuditActions.CohortCreated,
                EntityType = nameof(Cohort), EntityId = cohort.Id.ToString(), Detail = cohort.Name,
            });
            await db.SaveChangesAsync(ct);
            return InitiativeResult.Done(cohort.Id);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateException same) when (RepeatedCreate.IsSameKey(same))
        {
            return InitiativeResult.Done(form.Id);
        }
    }
}

/// <summary>The hub's cohorts, newest first, with their seats.</summary>
public sealed class ListCohorts(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Item(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int Enrolled, int Modules);

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Cohorts.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new Item(c.Id, c.Name, c.StartsOn, c.EndsOn, c.Capacity, c.EnrolledCount, c.Modules.Count))
            .ToListAsync(ct);
    }
}

/// <summary>
/// A coordinator enrols an accepted initiative into a cohort: it takes a seat, becomes Incubating (in its timeline)
/// and gets a milestone per module. The cohort's version decides a race for the last seat; the loser is told it is full.
/// </summary>
public sealed class EnrolInitiative(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IncubationNotices notices, TimeProvider time)
{
    public sealed record Command(Guid CohortId, Guid InitiativeId);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();

        // A lost race is tried again on fresh data: then the cohort is full, or the initiative already enrolled.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var cohort = await db.Cohorts.Include(c => c.Modules).SingleOrDefaultAsync(c => c.Id == command.CohortId, ct) ?? throw new NotFoundException();
            var initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == command.InitiativeId && i.Status != InitiativeStatus.Draft, ct)
                ?? throw new NotFoundException();
            try
            {
                var (enrolment, transition, milestones) = cohort.Enrol(initiative, new InitiativeActor(userId, initiative.IsTeam(userId), IsCoordinator: true), time.GetUtcNow());
                db.Enrolments.Add(enrolment);
                db.InitiativeTransitions.Add(transition);
                db.Milestones.AddRange(milestones);
                db.AuditEntries.Add(new AuditEntry
                {
                    HubId = hub.Id, ActorUserId = userId, At = transition.At, Action = AuditActions.InitiativeEnrolled,
                    EntityType = nameof(Initiative), EntityId = initiative.Id.ToString(), Detail = cohort.Id.ToString(),
                });
                await db.SaveChangesAsync(ct);

                await notices.EnrolledAsync(hub, initiative, cohort.Name, ct);
                return InitiativeResult.Done(initiative.Id);
            }
            catch (DomainException refused)
            {
                return InitiativeResult.Refused(refused.Code);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // xmin of the cohort or the initiative changed, or the initiative got its seat meanwhile: look again.
            }
            catch (DbUpdateException)
            {
                return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
            }
        }
    }
}

/// <summary>A coordinator assigns a mentor — an active member of this hub holding the Mentor role — to an enrolled initiative.</summary>
public sealed class AssignMentor(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IncubationNotices notices, TimeProvider time)
{
    /// <param name="MentorUserId">Null removes the mentor.</param>
    public sealed record Command(Guid InitiativeId, Guid? MentorUserId);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var enrolment = await db.Enrolments.SingleOrDefaultAsync(e => e.InitiativeId == command.InitiativeId, ct) ?? throw new NotFoundException();
        if (command.MentorUserId is { } mentorId
            && !await db.HubMemberships.AnyAsync(m => m.UserId == mentorId && m.State == MembershipState.Active && (m.Roles & HubRoles.Mentor) != 0, ct))
        {
            return InitiativeResult.Refused("Cohort.NotAMentor");
        }

        enrolment.MentorUserId = command.MentorUserId;
        db.AuditEntries.Add(new AuditEntry
        {
            HubId = hub.Id, ActorUserId = userId, At = time.GetUtcNow(), Action = AuditActions.MentorAssigned,
            EntityType = nameof(Initiative), EntityId = command.InitiativeId.ToString(), Detail = command.MentorUserId?.ToString(),
        });
        await db.SaveChangesAsync(ct);

        if (command.MentorUserId is { } mentor && mentor != userId)
        {
            await notices.MentorAssignedAsync(db, hub, command.InitiativeId, mentor, ct);
        }
        return InitiativeResult.Done(command.InitiativeId);
    }
}

/// <summary>One cohort at a glance for its coordinators: every initiative's milestone per module, plus who may be enrolled or assigned.</summary>
public sealed class GetCohortBoard(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Module(Guid Id, int Position, string Title, string Milestone);

    public sealed record Row(Guid InitiativeId, string Title, InitiativeStatus Status, uint Version, Guid? MentorUserId, string? Mentor,
        IReadOnlyDictionary<Guid, MilestoneStatus> Milestones);

    public sealed record Person(Guid Id, string Name);

    public sealed record Candidate(Guid Id, string Title);

    public sealed record Result(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int Enrolled,
        IReadOnlyList<Module> Modules, IReadOnlyList<Row> Rows, IReadOnlyList<Candidate> Candidates, IReadOnlyList<Person> Mentors);

    public async Task<Result> HandleAsync(Guid cohortId, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Manage);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Modules).SingleOrDefaultAsync(c => c.Id == cohortId, ct) ?? throw new NotFoundException();
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId)
            .Join(db.Initiatives, e => e.InitiativeId, i => i.Id, (e, i) => new { e.InitiativeId, e.MentorUserId, i.Title, i.Status, i.Version, e.EnrolledAt })
            .OrderBy(e => e.EnrolledAt).ThenBy(e => e.Title)
            .ToListAsync(ct);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId)
            .Select(m => new { m.InitiativeId, m.ModuleId, m.Status }).ToListAsync(ct);
        var mentors = await db.HubMemberships.AsNoTracking()
            .Where(m => m.State == MembershipState.Active && (m.Roles & HubRoles.Mentor) != 0)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
            .OrderBy(u => u.DisplayName).Select(u => new Person(u.Id, u.DisplayName)).ToListAsync(ct);
        var names = await db.Users.AsNoTracking().Where(u => enrolments.Select(e => e.MentorUserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var candidates = await db.Initiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Accepted)
            .OrderBy(i => i.Title).Select(i => new Candidate(i.Id, i.Title)).ToListAsync(ct);

        return new Result(cohort.Id, cohort.Name, cohort.StartsOn, cohort.EndsOn, cohort.Capacity, cohort.EnrolledCount,
            cohort.Modules.OrderBy(m => m.Position).Select(m => new Module(m.Id, m.Position, m.Text.TitleFor(language), m.Text.MilestoneFor(language))).ToList(),
            enrolments.Select(e => new Row(e.InitiativeId, e.Title, e.Status, e.Version, e.MentorUserId,
                e.MentorUserId is { } mentor ? names.GetValueOrDefault(mentor) : null,
                milestones.Where(m => m.InitiativeId == e.InitiativeId).ToDictionary(m => m.ModuleId, m => m.Status))).ToList(),
            candidates, mentors);
    }
}
