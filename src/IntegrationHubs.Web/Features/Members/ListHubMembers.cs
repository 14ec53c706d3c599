using FluentValidation;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Members;

/// <summary>
/// The coordinator's member list: one page of the current hub's memberships with search and filters.
/// The tenant filter scopes it to the hub; the page never passes a hub id.
/// </summary>
public sealed class ListHubMembers(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<ListHubMembers.Query> validator,
    Me.TagVocabularyStore vocabularies)
{
    public const int MaxPageSize = 100;
    public const int SearchMaxLength = 100;

    public enum SortBy
    {
        Name,
        Email,
        JoinedAt,
    }

    /// <param name="Role">
    /// <see cref="HubRoles.Member"/> means "plain members" (no further role): everyone holds the member
    /// flag, so filtering by it would show everybody.
    /// </param>
    /// <param name="Background">
    /// <see cref="Domain.Members.Background.PreferNotToSay"/> also finds people who did not answer:
    /// both count as "not said" in the hub's figures.
    /// </param>
    /// <param name="Skill">One of the person's skill tags, ignoring case.</param>
    /// <param name="JoinedFrom">First day, in the hub's time zone.</param>
    /// <param name="JoinedTo">Last day (inclusive), in the hub's time zone.</param>
    public sealed record Query(
        string? Search = null,
        MembershipState? State = null,
        HubRoles? Role = null,
        string? Language = null,
        Background? Background = null,
        DateOnly? JoinedFrom = null,
        DateOnly? JoinedTo = null,
        int Page = 0,
        int PageSize = 25,
        SortBy Sort = SortBy.Name,
        bool Descending = false,
        string? Skill = null);

    public sealed record Language(string Code, LanguageLevel Level);

    public sealed record Row(Guid UserId, string DisplayName, string Email, HubRoles Roles, MembershipState State, DateTimeOffset JoinedAt, uint Version, IReadOnlyList<Language> Languages);

    public sealed record Result(IReadOnlyList<Row> Items, int Total);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(q => q.Search).MaximumLength(SearchMaxLength).WithMessage(_ => l["Members.Validation.SearchTooLong", SearchMaxLength]);
            RuleFor(q => q.Skill).MaximumLength(Domain.Members.MemberProfile.TagMaxLength).WithMessage(_ => l["Members.Validation.SkillTooLong", Domain.Members.MemberProfile.TagMaxLength]);
            RuleFor(q => q.Language).Must(c => c is null || LanguageCatalog.IsKnown(c)).WithMessage(_ => l["Members.Validation.LanguageUnknown"]);
            RuleFor(q => q.JoinedTo).Must((q, to) => q.JoinedFrom is null || to is null || to >= q.JoinedFrom)
                .WithMessage(_ => l["Members.Validation.DateRange"]);
            RuleFor(q => q.Page).GreaterThanOrEqualTo(0);
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
            RuleFor(q => q.State).IsInEnum();
            RuleFor(q => q.Role).Must(r => r is null or HubRoles.Member or HubRoles.Mentor or HubRoles.Coordinator);
            RuleFor(q => q.Background).IsInEnum();
        }
    }

    public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
    {
        var hub = await authorizer.RequireAsync(HubPermission.Manage);
        await validator.ValidateAndThrowAsync(query, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Memberships are tenant-filtered; profiles and languages belong to the person and are only
        // reached through a membership of this hub.
        var members = db.HubMemberships.AsNoTracking()
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Membership = m, User = u });

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{EscapeLike(query.Search.Trim())}%";
            members = members.Where(x => EF.Functions.ILike(x.User.DisplayName, pattern, @"\") || EF.Functions.ILike(x.User.Email!, pattern, @"\"));
        }

        if (query.State is { } state)
        {
            members = members.Where(x => x.Membership.State == state);
        }

        if (query.Role is HubRoles.Member)
        {
            members = members.Where(x => x.Membership.Roles == HubRoles.Member);
        }
        else if (query.Role is { } role)
        {
            members = members.Where(x => (x.Membership.Roles & role) != 0);
        }

        if (query.Language is { } code)
        {
            members = members.Where(x => db.MemberLanguages.Any(l => l.UserId == x.Membership.UserId && l.LanguageCode == code));
        }

        if (query.Background is Background.PreferNotToSay)
        {
            members = members.Where(x => !db.MemberProfiles.Any(p => p.UserId == x.Membership.UserId && p.Background != null && p.Background != Background.PreferNotToSay));
        }
        else if (query.Background is { } background)
        {
            members = members.Where(x => db.MemberProfiles.Any(p => p.UserId == x.Membership.UserId && p.Background == background));
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            // The skill as a concept in any language ("Kochen" finds "الطبخ"), or as free text ignoring case.
            var vocabulary = await vocabularies.GetAsync(ct);
            var concept = vocabulary.ConceptKeyOf(query.Skill) ?? "";
            var skill = EscapeLike(TagVocabulary.Tidy(query.Skill));
            members = members.Where(x => db.MemberProfiles.Any(p => p.UserId == x.Membership.UserId
                && p.Skills.Any(s => s == concept || EF.Functions.ILike(s, skill, @""))));
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(hub.TimeZone);
        if (query.JoinedFrom is { } from)
        {
            var start = StartOfDay(from, zone);
            members = members.Where(x => x.Membership.JoinedAt >= start);
        }

        if (query.JoinedTo is { } to)
        {
            var end = StartOfDay(to.AddDays(1), zone);
            members = members.Where(x => x.Membership.JoinedAt < end);
        }

        var total = await members.CountAsync(ct);
        var ordered = (query.Sort, query.Descending) switch
        {
            (SortBy.Email, false) => members.OrderBy(x => x.User.Email),
            (SortBy.Email, true) => members.OrderByDescending(x => x.User.Email),
            (SortBy.JoinedAt, false) => members.OrderBy(x => x.Membership.JoinedAt),
            (SortBy.JoinedAt, true) => members.OrderByDescending(x => x.Membership.JoinedAt),
            (_, false) => members.OrderBy(x => x.User.DisplayName),
            (_, true) => members.OrderByDescending(x => x.User.DisplayName),
        };
        var page = await ordered.ThenBy(x => x.Membership.UserId)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Select(x => new { x.Membership.UserId, x.User.DisplayName, Email = x.User.Email ?? "", x.Membership.Roles, x.Membership.State, x.Membership.JoinedAt, x.Membership.Version })
            .ToListAsync(ct);

        var ids = page.Select(p => p.UserId).ToList();
        var languages = (await db.MemberLanguages.AsNoTracking().Where(l => ids.Contains(l.UserId)).ToListAsync(ct))
            .ToLookup(l => l.UserId);

        var rows = page.Select(p => new Row(p.UserId, p.DisplayName, p.Email, p.Roles, p.State, p.JoinedAt, p.Version,
                [.. languages[p.UserId].OrderByDescending(l => l.Level).ThenBy(l => l.LanguageCode, StringComparer.Ordinal).Select(l => new Language(l.LanguageCode, l.Level))]))
            .ToList();
        return new Result(rows, total);
    }

    /// <summary>Midnight of <paramref name="day"/> in the hub's zone, as UTC (Npgsql stores timestamptz in UTC).</summary>
    internal static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
