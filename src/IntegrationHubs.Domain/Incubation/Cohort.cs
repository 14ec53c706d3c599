using IntegrationHubs.Domain.Common;
using IntegrationHubs.Domain.Initiatives;

namespace IntegrationHubs.Domain.Incubation;

/// <summary>
/// A group of accepted initiatives going through the curriculum together, with dates and a capacity. Its modules are a
/// copy of the hub's curriculum taken when the cohort was created, so later curriculum edits leave it unchanged.
/// </summary>
public sealed class Cohort : IHubOwned
{
    public const int NameMaxLength = 120;
    public const int MaxCapacity = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public string Name { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int Capacity { get; private set; }

    /// <summary>Seats taken. Kept on the cohort so that the database, through <see cref="Version"/>, decides the last seat.</summary>
    public int EnrolledCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Optimistic concurrency (xmin): two enrolments into the last seat — one wins.</summary>
    public uint Version { get; set; }

    public List<CohortModule> Modules { get; private set; } = [];

    public bool IsFull => EnrolledCount >= Capacity;

    /// <param name="id">The id the form was made with, so a repeated submit finds this cohort; a new one when not given.</param>
    public static Cohort Create(string name, DateOnly startsOn, DateOnly endsOn, int capacity, IEnumerable<CurriculumModule> curriculum, DateTimeOffset now,
        Guid? id = null)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > NameMaxLength || endsOn < startsOn || capacity is < 1 or > MaxCapacity)
        {
            throw new DomainException("Cohort.Invalid");
        }

        var modules = curriculum.OrderBy(m => m.Position).ToList();
        if (modules.Count == 0)
        {
            throw new DomainException("Cohort.NoCurriculum");
        }

        var cohort = new Cohort { Id = id ?? Guid.CreateVersion7(), Name = name, StartsOn = startsOn, EndsOn = endsOn, Capacity = capacity, CreatedAt = now };
        cohort.Modules = modules.Select((m, i) => new CohortModule { CohortId = cohort.Id, Position = i, Text = m.Text }).ToList();
        return cohort;
    }

    /// <summary>
    /// Takes a seat for <paramref name="initiative"/>, moves it to Incubating (recorded in its timeline) and opens one
    /// milestone per module. Only accepted initiatives, only while seats are left.
    /// </summary>
    public (Enrolment Enrolment, InitiativeTransition Transition, IReadOnlyList<Milestone> Milestones) Enrol(
        Initiative initiative, InitiativeActor actor, DateTimeOffset now)
    {
        if (initiative.Status != InitiativeStatus.Accepted)
        {
            throw new DomainException("Cohort.NotAccepted");
        }

        if (IsFull)
        {
            throw new DomainException("Cohort.Full");
        }

        var transition = initiative.MoveTo(InitiativeStatus.Incubating, actor, Name, now);
        EnrolledCount++;
        var enrolment = new Enrolment { CohortId = Id, InitiativeId = initiative.Id, EnrolledAt = now };
        var milestones = Modules.OrderBy(m => m.Position)
            .Select(m => new Milestone { CohortId = Id, InitiativeId = initiative.Id, ModuleId = m.Id, UpdatedAt = now })
            .ToList();
        return (enrolment, transition, milestones);
    }
}

/// <summary>A module as the cohort received it from the hub's curriculum.</summary>
public sealed class CohortModule : IHubOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid HubId { get; set; }
    public Guid CohortId { get; set; }
    public int Position { get; set; }
    public ModuleText Text { get; set; } = new("", "", "");
}

/// <summary>An initiative's seat in a cohort, with its mentor. An initiative is in at most one cohort.</summary>
public sealed class Enrolment : IHubOwned
{
    public Guid HubId { get; set; }
    public Guid InitiativeId { get; set; }
    public Guid CohortId { get; set; }

    /// <summary>A hub member holding the Mentor role; null until a coordinator assigns one.</summary>
    public Guid? MentorUserId { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }
}
