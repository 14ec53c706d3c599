using FluentValidation;
using IntegrationHubs.Domain.Members;
using IntegrationHubs.Web.Data;
using IntegrationHubs.Web.Resources;
using IntegrationHubs.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IntegrationHubs.Web.Features.Me;

/// <summary>The form model of the member profile, shared by the page, the validator and the handlers.</summary>
public sealed class MemberProfileForm
{
    public sealed class LanguageRow
    {
        public string? Code { get; set; }
        public LanguageLevel Level { get; set; } = LanguageLevel.Conversational;
    }

    public List<LanguageRow> Languages { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> Interests { get; set; } = [];
    public Background? Background { get; set; }
    public bool ShowInDirectory { get; set; }

    /// <summary>True once the current terms and privacy versions are agreed to (now or before).</summary>
    public bool AcceptsTerms { get; set; }

    public sealed class Validator : AbstractValidator<MemberProfileForm>
    {
        public Validator(IStringLocalizer<Strings> l)
        {
            RuleFor(x => x.Languages).Must(l => l.Count <= MemberProfile.MaxLanguages)
                .WithMessage(_ => l["Profile.Validation.TooManyLanguages", MemberProfile.MaxLanguages]);
            RuleFor(x => x.Languages).Must(rows => rows.Select(r => r.Code).Distinct().Count() == rows.Count)
                .WithMessage(_ => l["Profile.Validation.DuplicateLanguage"]);
            RuleForEach(x => x.Languages).ChildRules(row =>
            {
                row.RuleFor(r => r.Code).Must(LanguageCatalog.IsKnown).WithMessage(_ => l["Profile.Validation.UnknownLanguage"]);
                row.RuleFor(r => r.Level).IsInEnum();
            });
            RuleFor(x => x.Skills).Must(t => t.Count <= MemberProfile.MaxTags).WithMessage(_ => l["Profile.Validation.TooManyTags", MemberProfile.MaxTags]);
            RuleFor(x => x.Interests).Must(t => t.Count <= MemberProfile.MaxTags).WithMessage(_ => l["Profile.Validation.TooManyTags", MemberProfile.MaxTags]);
            RuleForEach(x => x.Skills).MaximumLength(MemberProfile.TagMaxLength).WithMessage(_ => l["Profile.Validation.TagTooLong", MemberProfile.TagMaxLength]);
            RuleForEach(x => x.Interests).MaximumLength(MemberProfile.TagMaxLength).WithMessage(_ => l["Profile.Validation.TagTooLong", MemberProfile.TagMaxLength]);
            RuleFor(x => x.Background).IsInEnum();
            RuleFor(x => x.AcceptsTerms).Equal(true).WithMessage(_ => l["Profile.Validation.ConsentRequired"]);
        }
    }
}

/// <summary>Loads the signed-in person's member profile into the form, with whether consent is already on record.</summary>
public sealed class GetMemberProfile(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, TagVocabularyStore vocabularies)
{
    public sealed record Result(MemberProfileForm Form, bool IsComplete, TagVocabulary Vocabulary);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var userId = await authorizer.RequireUserIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.MemberProfiles.AsNoTracking().Include(p => p.Languages).SingleOrDefaultAsync(p => p.UserId == userId, ct);
        var consented = await ConsentRecords.HasCurrentAsync(db, userId, ct);
        var vocabulary = await vocabularies.GetAsync(ct);
        var form = new MemberProfileForm
        {
            Languages = profile?.Languages.OrderByDescending(l => l.Level).Select(l => new MemberProfileForm.LanguageRow { Code = l.LanguageCode, Level = l.Level }).ToList() ?? [],
            // The form holds names in the person's language; saving turns them back into the same concept keys.
            Skills = [.. TagVocabularyStore.Display(vocabulary, profile?.Skills ?? [])],
            Interests = [.. TagVocabularyStore.Display(vocabulary, profile?.Interests ?? [])],
            Background = profile?.Background,
            ShowInDirectory = profile?.ShowInDirectory ?? false,
            AcceptsTerms = consented,
        };
        return new Result(form, profile is not null && consented, vocabulary);
    }
}

/// <summary>Saves the member profile and records consent to the current texts when given now.</summary>
public sealed class SaveMemberProfile(IDbContextFactory<HubsDbContext> dbFactory, HubAuthorizer authorizer, IValidator<MemberProfileForm> validator, TimeProvider time,
    TagVocabularyStore vocabularies)
{
    public async Task HandleAsync(MemberProfileForm form, CancellationToken ct = default)
    {
        await validator.ValidateAndThrowAsync(form, ct);
        var userId = await authorizer.RequireUserIdAsync();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var profile = await db.MemberProfiles.Include(p => p.Languages).SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            profile = new MemberProfile { UserId = userId };
            db.MemberProfiles.Add(profile);
        }

        // Concept keys where the vocabulary knows the tag in any language, so "الطبخ" and "Kochen" are one skill.
        var vocabulary = await vocabularies.GetAsync(ct);
        profile.Skills = vocabulary.NormaliseTags(form.Skills);
        profile.Interests = vocabulary.NormaliseTags(form.Interests);
        profile.Background = form.Background;
        profile.ShowInDirectory = form.ShowInDirectory;
        profile.UpdatedAt = now;
        // Update in place: removing and re-adding a row with the same key in one context is refused by EF.
        var wanted = form.Languages.ToDictionary(r => r.Code!, r => r.Level);
        profile.Languages.RemoveAll(l => !wanted.ContainsKey(l.LanguageCode));
        foreach (var (code, level) in wanted)
        {
            if (profile.Languages.Find(l => l.LanguageCode == code) is { } existing)
            {
                existing.Level = level;
            }
            else
            {
                profile.Languages.Add(new SpokenLanguage { UserId = userId, LanguageCode = code, Level = level });
            }
        }

        foreach (var (kind, version) in Consent.CurrentVersions)
        {
            if (!await db.Consents.AnyAsync(c => c.UserId == userId && c.Kind == kind && c.Version == version, ct))
            {
                db.Consents.Add(new Consent { UserId = userId, Kind = kind, Version = version, GivenAt = now });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

internal static class ConsentRecords
{
    /// <summary>Whether the person agreed to the current version of every text.</summary>
    public static async Task<bool> HasCurrentAsync(HubsDbContext db, Guid userId, CancellationToken ct)
    {
        var given = await db.Consents.AsNoTracking().Where(c => c.UserId == userId).Select(c => new { c.Kind, c.Version }).ToListAsync(ct);
        return Consent.CurrentVersions.All(v => given.Any(g => g.Kind == v.Key && g.Version == v.Value));
    }
}
