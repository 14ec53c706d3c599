using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>
/// One initiative with everything its proposal holds (needs, languages, team), its timeline and the steps the signed-in
/// person may take; drafts only for their team. The page behind it is for the hub's members, never for visitors.
/// </summary>
public sealed class GetInitiative(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record Step(InitiativeStatus From, InitiativeStatus To, string? By, DateTimeOffset At, string? Comment);

    /// <summary>A person on the team and their part in it; <see cref="Name"/> is null once the account was deleted.</summary>
    public sealed record TeamMember(string? Name, bool IsCreator, bool IsInvited);

    public sealed record Result(
        Guid Id, uint Version, string Title, string Summary, InitiativeCategory Category, IReadOnlyList<string> Languages,
        InitiativeNeeds Needs, InitiativeStatus Status, string? CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt,
        bool IsTeam, bool CanEdit, IReadOnlyList<InitiativeStatus> NextSteps, IReadOnlyList<Step> Timeline, IReadOnlyList<TeamMember> Team);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await db.Initiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null || !initiative.IsVisibleTo(userId))
        {
            throw new NotFoundException();
        }

        var steps = await db.InitiativeTransitions.AsNoTracking().Where(t => t.InitiativeId == id).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
        var isTeam = initiative.IsTeam(userId);

        // The same rule as the team panel (GetInitiativeCommunity): who is on the team is for every member who sees the
        // initiative; whom the team asked and who has not answered yet is the team's own business.
        var rows = initiative.Team.Where(m => m.IsAccepted || isTeam).OrderBy(m => m.State).ThenBy(m => m.InvitedAt).ToList();
        var people = steps.Select(s => s.ByUserId).Append(initiative.CreatedByUserId).OfType<Guid>()
            .Concat(rows.Select(r => r.UserId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var team = rows.Select(r => new TeamMember(names.GetValueOrDefault(r.UserId), false, !r.IsAccepted)).ToList();
        if (initiative.CreatedByUserId is { } creatorId)
        {
            team.Insert(0, new TeamMember(names.GetValueOrDefault(creatorId), true, false));
        }

        return new Result(
            initiative.Id, initiative.Version, initiative.Title, initiative.Summary, initiative.Category, initiative.Languages,
            initiative.Needs, initiative.Status, initiative.CreatedByUserId is { } creator ? names.GetValueOrDefault(creator) : null, initiative.CreatedAt, initiative.SubmittedAt,
            isTeam, isTeam && initiative.IsEditable,
            InitiativeTransitions.NextFor(initiative.Status, new InitiativeActor(userId, isTeam, isCoordinator)),
            steps.Select(s => new Step(s.From, s.To, s.ByUserId is { } by ? names.GetValueOrDefault(by) : null, s.At, s.Comment)).ToList(),
            team);
    }
}
