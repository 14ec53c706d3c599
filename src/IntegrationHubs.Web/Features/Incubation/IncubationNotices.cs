using System.Globalization;
using IntegrationHubs.Domain.Incubation;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Initiatives;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Web.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Incubation;

/// <summary>Who hears what during incubation: the team of enrolment and of a mentor's verdict, the mentor of work to review.</summary>
public sealed class IncubationNotices(Notifier notifier)
{
    public Task EnrolledAsync(ResolvedHub hub, Initiative initiative, string cohortName, CancellationToken ct) =>
        notifier.NotifyAsync(InitiativeTeam.Members(initiative), NotificationKinds.InitiativeStatusChanged, InitiativeAccess.Link(hub, initiative.Id),
            [initiative.Title, Notifier.ResourcePrefix + $"Initiatives.Status.{InitiativeStatus.Incubating}", cohortName], ct);

    public async Task MentorAssignedAsync(HubsDbContext db, ResolvedHub hub, Guid initiativeId, Guid mentorUserId, CancellationToken ct)
    {
        var title = await db.Initiatives.Where(i => i.Id == initiativeId).Select(i => i.Title).SingleAsync(ct);
        await notifier.NotifyAsync([mentorUserId], NotificationKinds.MentorAssigned, MentoringLink(hub), [title], ct);
    }

    public async Task ForReviewAsync(HubsDbContext db, ResolvedHub hub, Initiative initiative, Milestone milestone, CancellationToken ct)
    {
        var mentor = await db.Enrolments.Where(e => e.InitiativeId == initiative.Id).Select(e => e.MentorUserId).SingleOrDefaultAsync(ct);
        if (mentor is { } mentorUserId)
        {
            await notifier.NotifyAsync([mentorUserId], NotificationKinds.MilestoneForReview, MentoringLink(hub),
                [initiative.Title, await ModuleNumberAsync(db, milestone, ct)], ct);
        }
    }

    public async Task ReviewedAsync(HubsDbContext db, ResolvedHub hub, Initiative initiative, Milestone milestone, Guid reviewerId, CancellationToken ct) =>
        await notifier.NotifyAsync(InitiativeTeam.Members(initiative).Where(member => member != reviewerId), NotificationKinds.MilestoneReviewed,
            InitiativeAccess.Link(hub, initiative.Id),
            [initiative.Title, await ModuleNumberAsync(db, milestone, ct), Notifier.ResourcePrefix + (milestone.Status == MilestoneStatus.SignedOff ? "Audit.MilestoneSignedOff" : "Audit.MilestoneSentBack"), milestone.Feedback ?? ""], ct);

    private static string MentoringLink(ResolvedHub hub) => $"/hubs/{hub.Slug}/mentoring";

    /// <summary>The module's number as the board shows it; a title would be in one language only.</summary>
    private static async Task<string> ModuleNumberAsync(HubsDbContext db, Milestone milestone, CancellationToken ct) =>
        (await db.CohortModules.Where(m => m.Id == milestone.ModuleId).Select(m => m.Position).SingleAsync(ct) + 1).ToString(CultureInfo.InvariantCulture);
}
