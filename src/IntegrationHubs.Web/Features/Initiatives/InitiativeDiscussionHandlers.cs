using FluentValidation;
using IntegrationHubs.Domain.Audit;
using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Domain.Notifications;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Features.Notifications;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace IntegrationHubs.Web.Features.Initiatives;

/// <summary>
/// The people around one initiative as the signed-in person may see them: the team (open invitations
/// only for the team), the discussion (not on drafts; hidden comments only for coordinators) and the
/// supporters — names for the team, counts for everyone else.
/// </summary>
public sealed class GetInitiativeCommunity(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record TeamMember(Guid UserId, string Name, bool IsCreator, bool IsInvited, bool IsMe);

    public sealed record Comment(Guid Id, string? Author, bool ByTeam, string Body, DateTimeOffset At, bool IsMine, bool IsHidden);

    public sealed record Result(
        IReadOnlyList<TeamMember> Team, bool IsTeam, bool IsInvited, string? InvitedBy, bool CanInvite, bool CanComment, bool CanSupport, bool IsCoordinator,
        IReadOnlyList<Comment> Comments, int Supporters, int WouldJoin, bool ISupport, bool IWouldJoin,
        IReadOnlyList<string> SupporterNames, IReadOnlyList<string> WouldJoinNames);

    public async Task<Result> HandleAsync(Guid initiativeId, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        var isCoordinator = await authorizer.HasAsync(HubPermission.Manage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, initiativeId, userId, ct);
        var isTeam = initiative.IsTeam(userId);
        var isDraft = initiative.Status == InitiativeStatus.Draft;

        var rows = initiative.Team.Where(m => m.IsAccepted || isTeam || m.UserId == userId).ToList();
        var comments = isDraft ? [] : await db.InitiativeComments.AsNoTracking()
            .Where(c => c.InitiativeId == initiativeId && (c.HiddenAt == null || isCoordinator))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);
        var supports = isDraft ? [] : await db.InitiativeSupports.AsNoTracking().Where(s => s.InitiativeId == initiativeId).OrderBy(s => s.At).ToListAsync(ct);
        var invitedBy = initiative.Team.SingleOrDefault(m => m.UserId == userId && !m.IsAccepted)?.InvitedByUserId;

        var people = rows.Select(r => r.UserId).Concat(comments.Select(c => c.AuthorUserId)).Concat(supports.Select(s => s.UserId))
            .Append(initiative.CreatedByUserId ?? Guid.Empty).Append(invitedBy ?? Guid.Empty).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid id) => names.GetValueOrDefault(id) ?? "";

        var team = rows.OrderBy(r => r.State).ThenBy(r => r.InvitedAt).Select(r => new TeamMember(r.UserId, Name(r.UserId), false, !r.IsAccepted, r.UserId == userId)).ToList();
        if (initiative.CreatedByUserId is { } creator)
        {
            team.Insert(0, new TeamMember(creator, Name(creator), true, false, creator == userId));
        }

        return new Result(
            team, isTeam, initiative.IsInvited(userId), invitedBy is { } by ? Name(by) : null,
            isTeam && InitiativeTeam.IsOpen(initiative), !isDraft, !isDraft, isCoordinator,
            [.. comments.Select(c => new Comment(c.Id, names.GetValueOrDefault(c.AuthorUserId), c.ByTeam, c.Body, c.CreatedAt, c.AuthorUserId == userId, c.HiddenAt is not null))],
            supports.Count(s => s.Kind == SupportKind.Support), supports.Count(s => s.Kind == SupportKind.WouldJoin),
            supports.Any(s => s.UserId == userId && s.Kind == SupportKind.Support), supports.Any(s => s.UserId == userId && s.Kind == SupportKind.WouldJoin),
            isTeam ? [.. supports.Where(s => s.Kind == SupportKind.Support).Select(s => Name(s.UserId))] : [],
            isTeam ? [.. supports.Where(s => s.Kind == SupportKind.WouldJoin).Select(s => Name(s.UserId))] : []);
    }
}

/// <summary>A comment being written; the page keeps it when it is refused.</summary>
public sealed class CommentForm
{
    /// <summary>The new comment's id, made with the form: sending the same form twice posts once (decision 0028).</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Body { get; set; } = "";

    public sealed class Validator : AbstractValidator<CommentForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => l["InitiativeComment.Empty"]);
            RuleFor(x => x.Body).Must(b => b is null || b.Trim().Length <= InitiativeComment.BodyMaxLength)
                .WithMessage(_ => l["InitiativeComment.TooLong"]);
        }
    }
}

/// <summary>A hub member comments on a submitted initiative; the team hears of it (not the commenter).</summary>
public sealed class AddInitiativeComment(
    IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<CommentForm> validator, Notifier notifier, TimeProvider time)
{
    public sealed record Command(Guid InitiativeId, CommentForm Form);

    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await validator.ValidateAndThrowAsync(command.Form, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, command.InitiativeId, userId, ct);
        var formId = command.Form.Id;
        if (await db.InitiativeComments.AnyAsync(c => c.Id == formId && c.AuthorUserId == userId, ct))
        {
            // Sent again (a double click, a retry): posted and told once.
            return InitiativeResult.Done(initiative.Id);
        }

        try
        {
            var comment = InitiativeComment.Write(initiative, userId, command.Form.Body, time.GetUtcNow());
            comment.Id = formId;
            db.InitiativeComments.Add(comment);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateException same) when (RepeatedCreate.IsSameKey(same))
        {
            return InitiativeResult.Done(initiative.Id);
        }

        var author = await InitiativeAccess.NameAsync(db, userId, ct);
        await notifier.NotifyAsync(InitiativeTeam.Members(initiative).Where(id => id != userId), NotificationKinds.InitiativeComment,
            InitiativeAccess.Link(hub, initiative.Id), [author, initiative.Title], ct);
        return InitiativeResult.Done(initiative.Id);
    }
}

/// <summary>The author deletes their own comment.</summary>
public sealed class DeleteInitiativeComment(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public async Task<InitiativeResult> HandleAsync(Guid commentId, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var comment = await db.InitiativeComments.SingleOrDefaultAsync(c => c.Id == commentId, ct) ?? throw new NotFoundException();
        await InitiativeAccess.LoadVisibleAsync(db, comment.InitiativeId, userId, ct);
        try
        {
            comment.EnsureDeletableBy(userId);
            db.InitiativeComments.Remove(comment);
            await db.SaveChangesAsync(ct);
            return InitiativeResult.Done(comment.InitiativeId);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
    }
}

/// <summary>A coordinator hides a comment from the discussion (moderation); it stays for the record.</summary>
public sealed class HideInitiativeComment(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    public async Task<InitiativeResult> HandleAsync(Guid commentId, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var comment = await db.InitiativeComments.SingleOrDefaultAsync(c => c.Id == commentId, ct) ?? throw new NotFoundException();
        var now = time.GetUtcNow();
        comment.Hide(userId, isCoordinator: true, now);
        db.AuditEntries.Add(new AuditEntry
        {
            HubId = hub.Id, ActorUserId = userId, At = now, Action = AuditActions.InitiativeCommentHidden,
            EntityType = nameof(InitiativeComment), EntityId = comment.Id.ToString(),
        });
        await db.SaveChangesAsync(ct);
        return InitiativeResult.Done(comment.InitiativeId);
    }
}

/// <summary>"I support this" / "I'd like to join": a toggle; one of each kind per person, decided by the table's key.</summary>
public sealed class ToggleInitiativeSupport(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TimeProvider time)
{
    /// <param name="On">
    /// The mark wanted: set (true) or removed (false), whatever it is now, so a repeated or late save cannot flip it the
    /// wrong way (the page saves the last tap: LatestWins). Null flips it.
    /// </param>
    public sealed record Command(Guid InitiativeId, SupportKind Kind, bool? On = null);

    /// <returns>Done when the person's mark is now set or removed as asked; refused with the reason otherwise.</returns>
    public async Task<InitiativeResult> HandleAsync(Command command, CancellationToken ct = default)
    {
        await authorizer.RequireAsync(HubPermission.ViewMemberArea);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var initiative = await InitiativeAccess.LoadVisibleAsync(db, command.InitiativeId, userId, ct);
        if (command.On != true)
        {
            var removed = await db.InitiativeSupports
                .Where(s => s.InitiativeId == initiative.Id && s.UserId == userId && s.Kind == command.Kind)
                .ExecuteDeleteAsync(ct);
            if (removed > 0 || command.On == false)
            {
                return InitiativeResult.Done(initiative.Id);
            }
        }

        try
        {
            db.InitiativeSupports.Add(InitiativeSupport.Give(initiative, userId, command.Kind, time.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException refused)
        {
            return InitiativeResult.Refused(refused.Code);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A second click that raced the first: the mark is there once, as wanted.
        }

        return InitiativeResult.Done(initiative.Id);
    }
}

/// <summary>Registers the team, discussion and support handlers.</summary>
public static class InitiativeCommunityServiceCollectionExtensions
{
    public static IServiceCollection AddInitiativeCommunity(this IServiceCollection services)
    {
        services.AddScoped<GetInitiativeCommunity>();
        services.AddScoped<SearchTeamCandidates>();
        services.AddScoped<InviteTeamMember>();
        services.AddScoped<AnswerTeamInvitation>();
        services.AddScoped<RemoveTeamMember>();
        services.AddScoped<AddInitiativeComment>();
        services.AddScoped<DeleteInitiativeComment>();
        services.AddScoped<HideInitiativeComment>();
        services.AddScoped<ToggleInitiativeSupport>();
        return services;
    }
}
