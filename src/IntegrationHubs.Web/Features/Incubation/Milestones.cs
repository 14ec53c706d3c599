using System.Globalization;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Incubation;

/// <summary>Works out who the signed-in person is to an enrolled initiative: team, its assigned mentor, a coordinator.</summary>
public sealed class IncubationActors(HubAuthorizer authorizer)
{
    public async Task<MilestoneActor> ForAsync(Initiative initiative, Enrolment enrolment)
    {
        var userId = await authorizer.RequireUserIdAsync();

        // The assignment counts only while the person still holds the Mentor role in this hub.
        var isMentor = enrolment.MentorUserId == userId && await authorizer.HasAsync(HubPermission.Mentor);
        return new MilestoneActor(userId, initiative.IsTeam(userId), isMentor, await authorizer.HasAsync(HubPermission.Manage));
    }
}

/// <summary>
/// A step on one milestone: the team starts it or says it is done; the assigned mentor or a coordinator signs it off or
/// sends it back with a note. Decided on the version the person saw.
/// </summary>
public sealed class MoveMilestone(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IncubationActors actors, IncubationNotices notices, TimeProvider time)
{
    public sealed record Command(Guid MilestoneId, uint Version, MilestoneStatus To, string? Note);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (milestone, initiative, actor) = await LoadAsync(db, actors, command.MilestoneId, ct);
        if (milestone.Version != command.Version)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }

        db.Entry(milestone).Property(m => m.Version).OriginalValue = command.Version;
        try
        {
            var now = time.GetUtcNow();
            var from = milestone.Status;
            milestone.MoveTo(command.To, actor, initiative.Status, command.Note, now);
            if (MilestoneRules.PartyFor(from, command.To) == MilestoneRules.Party.Reviewer)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    HubId = hub.Id, ActorUserId = actor.UserId, At = now,
                    Action = command.To == MilestoneStatus.SignedOff ? AuditActions.MilestoneSignedOff : AuditActions.MilestoneSentBack,
                    EntityType = nameof(Milestone), EntityId = milestone.Id.ToString(), Detail = initiative.Id.ToString(),
                });
            }

            await db.SaveChangesAsync(ct);

            // The mentor hears of a milestone to review, the team of the outcome.
            if (command.To == MilestoneStatus.ForReview)
            {
                await notices.ForReviewAsync(db, hub, initiative, milestone, ct);
            }
            else if (from == MilestoneStatus.ForReview)
            {
                await notices.ReviewedAsync(db, hub, initiative, milestone, actor.UserId, ct);
            }

            return InitiativeResult.Done(milestone.Id);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }
    }

    /// <summary>The milestone, its initiative and the person's part in it; not found for anyone who may not see its progress.</summary>
    internal static async Task<(Milestone, Initiative, MilestoneActor)> LoadAsync(HubsDbContext db, IncubationActors actors, Guid milestoneId, CancellationToken ct)
    {
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId, ct) ?? throw new NotFoundException();
        var initiative = await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == milestone.InitiativeId, ct);
        var enrolment = await db.Enrolments.AsNoTracking().SingleAsync(e => e.InitiativeId == milestone.InitiativeId, ct);
        var actor = await actors.ForAsync(initiative, enrolment);
        if (!IncubationVisibility.CanSeeProgress(actor, initiative.Status))
        {
            throw new NotFoundException();
        }

        return (milestone, initiative, actor);
    }
}

/// <summary>The team writes a note on its progress on one milestone.</summary>
public sealed class NoteMilestone(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IncubationActors actors, TimeProvider time)
{
    public sealed record Command(Guid MilestoneId, uint Version, string? Note);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (milestone, initiative, actor) = await MoveMilestone.LoadAsync(db, actors, command.MilestoneId, ct);
        if (milestone.Version != command.Version)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }

        db.Entry(milestone).Property(m => m.Version).OriginalValue = command.Version;
        try
        {
            milestone.Note(actor, initiative.Status, command.Note, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return InitiativeResult.Done(milestone.Id);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InitiativeResult.Refused(InitiativeResult.ChangedMeanwhileKey);
        }
    }
}

/// <summary>
/// An enrolled initiative's cohort and milestones with the steps the signed-in person may take. Null when the
/// initiative is not in a cohort, and null too for a member of the hub who may not see its progress (a member not on
/// the team, a mentor not assigned): they read, support and comment on the initiative on the same page, which then
/// leaves the milestones out, as if there were none (decision 0012). An initiative of another hub is not found.
/// </summary>
public sealed class GetInitiativeProgress(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IncubationActors actors)
{
    public sealed record Item(Guid MilestoneId, uint Version, int Position, string Module, string Goals, string Milestone, MilestoneStatus Status,
        string? TeamNote, string? Feedback, string? SignedOffBy, DateTimeOffset? SignedOffAt, IReadOnlyList<MilestoneStatus> NextSteps, bool CanNote);

    public sealed record Result(Guid InitiativeId, string Title, InitiativeStatus Status, string Cohort, string? Mentor, IReadOnlyList<Item> Milestones)
    {
        public int Done => Milestones.Count(m => m.Status == MilestoneStatus.SignedOff);
    }

    public async Task<Result?> HandleAsync(Guid initiativeId, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, ct) ?? throw new NotFoundException();
        var enrolment = await db.Enrolments.AsNoTracking().SingleOrDefaultAsync(e => e.InitiativeId == initiativeId, ct);
        if (enrolment is null)
        {
            return null;
        }

        var actor = await actors.ForAsync(initiative, enrolment);
        if (!IncubationVisibility.CanSeeProgress(actor, initiative.Status))
        {
            return null;
        }

        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Modules).SingleAsync(c => c.Id == enrolment.CohortId, ct);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.InitiativeId == initiativeId).ToListAsync(ct);
        var people = milestones.Select(m => m.SignedOffByUserId).Append(enrolment.MentorUserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var incubating = initiative.Status == InitiativeStatus.Incubating;
        var items = (from module in cohort.Modules
                     join milestone in milestones on module.Id equals milestone.ModuleId
                     orderby module.Position
                     select new Item(milestone.Id, milestone.Version, module.Position, module.Text.TitleFor(language), module.Text.GoalsFor(language),
                         module.Text.MilestoneFor(language), milestone.Status, milestone.TeamNote, milestone.Feedback,
                         milestone.SignedOffByUserId is { } signer ? names.GetValueOrDefault(signer) : null, milestone.SignedOffAt,
                         incubating ? MilestoneRules.NextFor(milestone.Status, actor) : [],
                         // Notes belong to work under way; a milestone not yet started only offers to start it.
                         incubating && actor.IsTeam && milestone.Status is MilestoneStatus.InProgress or MilestoneStatus.ForReview)).ToList();
        return new Result(initiative.Id, initiative.Title, initiative.Status, cohort.Name,
            enrolment.MentorUserId is { } mentor ? names.GetValueOrDefault(mentor) : null, items);
    }
}

/// <summary>The initiatives assigned to the signed-in mentor in this hub — only those — with how far each has come.</summary>
public sealed class ListMyMentoring(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Item(Guid InitiativeId, string Title, InitiativeStatus Status, string Cohort, int Modules, int SignedOff, int ForReview);

    public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.Mentor);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Enrolments.AsNoTracking().Where(e => e.MentorUserId == userId)
            .Join(db.Initiatives, e => e.InitiativeId, i => i.Id, (e, i) => new { e, i })
            .Join(db.Cohorts, x => x.e.CohortId, c => c.Id, (x, c) => new { x.e, x.i, c })
            .OrderBy(x => x.i.Status != InitiativeStatus.Incubating).ThenBy(x => x.i.Title)
            .Select(x => new Item(x.i.Id, x.i.Title, x.i.Status, x.c.Name,
                db.Milestones.Count(m => m.InitiativeId == x.i.Id),
                db.Milestones.Count(m => m.InitiativeId == x.i.Id && m.Status == MilestoneStatus.SignedOff),
                db.Milestones.Count(m => m.InitiativeId == x.i.Id && m.Status == MilestoneStatus.ForReview)))
            .ToListAsync(ct);
    }
}
