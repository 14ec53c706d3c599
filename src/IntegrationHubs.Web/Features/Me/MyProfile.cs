using FluentValidation;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Localization;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Me;

/// <summary>The signed-in person's own profile and hubs.</summary>
public sealed class GetMyProfile(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer)
{
    public sealed record MyHub(string Slug, string Name, HubRoles Roles, DateTimeOffset JoinedAt);

    public sealed record Result(string DisplayName, string Email, string? PreferredCulture, IReadOnlyList<MyHub> Hubs);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // A session can outlive its account by a moment (deleted in another tab): "not found", never a crash.
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException();
        // The person's own memberships across hubs, read by their own id.
        var hubs = await db.HubMemberships.IgnoreQueryFilters([HubsDbContext.TenantFilter]).AsNoTracking()
            .Where(m => m.UserId == userId && m.State == MembershipState.Active)
            .Join(db.Hubs, m => m.HubId, h => h.Id, (m, h) => new { h.Slug, h.Name, m.Roles, m.JoinedAt })
            // Order before projecting: EF cannot translate a sort on a record built by its constructor.
            .OrderBy(h => h.Name)
            .Select(h => new MyHub(h.Slug, h.Name, h.Roles, h.JoinedAt))
            .ToListAsync(ct);
        return new Result(user.DisplayName, user.Email ?? "", user.PreferredCulture, hubs);
    }
}

public sealed class UpdateMyProfile(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<UpdateMyProfile.Command> validator)
{
    public sealed class Command
    {
        public string? DisplayName { get; set; }
        public string? PreferredCulture { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.DisplayName).Cascade(CascadeMode.Stop)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Validation.DisplayName.Required"])
                .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage(_ => l["Validation.DisplayName.TooLong", ApplicationUser.DisplayNameMaxLength]);
            RuleFor(x => x.PreferredCulture).Must(c => c is null || Cultures.IsSupported(c)).WithMessage(_ => l["Validation.Culture.Unknown"]);
        }
    }

    public async Task HandleAsync(Command command, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(command, ct);
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new NotFoundException();
        user.DisplayName = command.DisplayName!.Trim();
        user.PreferredCulture = command.PreferredCulture;
        await db.SaveChangesAsync(ct);
    }
}
