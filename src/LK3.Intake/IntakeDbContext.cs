using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Inbox;
using LK3.Intake.Information;
using LK3.Intake.Outbox;
using LK3.Intake.Privacy;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Intake;

/// <summary>
/// The LK3 data model. Each database provider gets a subclass of its own so that it can keep
/// its own migrations (EF Core's "multiple providers" pattern); code uses this base type. Staff
/// accounts (ASP.NET Core Identity) and the Data Protection keys that encrypt families' words live in the same database.
/// </summary>
public abstract class IntakeDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<IntakeCase> Cases => Set<IntakeCase>();
    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();
    public DbSet<CaseYearCounter> CaseYearCounters => Set<CaseYearCounter>();
    public DbSet<CaseTransition> CaseTransitions => Set<CaseTransition>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<QuickReply> QuickReplies => Set<QuickReply>();
    public DbSet<Broadcasts.Subscription> Subscriptions => Set<Broadcasts.Subscription>();
    public DbSet<Broadcasts.Broadcast> Broadcasts => Set<Broadcasts.Broadcast>();
    public DbSet<Broadcasts.BroadcastDelivery> BroadcastDeliveries => Set<Broadcasts.BroadcastDelivery>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Counsellor> Counsellors => Set<Counsellor>();
    public DbSet<CounsellorLinkCode> CounsellorLinkCodes => Set<CounsellorLinkCode>();
    public DbSet<LinkAttempt> LinkAttempts => Set<LinkAttempt>();
    public DbSet<CaseOffer> CaseOffers => Set<CaseOffer>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<InformationTopic> InformationTopics => Set<InformationTopic>();
    public DbSet<ReferralPartner> ReferralPartners => Set<ReferralPartner>();
    public DbSet<ReceivedUpdate> ReceivedUpdates => Set<ReceivedUpdate>();
    public DbSet<ChatLease> ChatLeases => Set<ChatLease>();
    public DbSet<OutgoingMessage> OutgoingMessages => Set<OutgoingMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The app's encryption of protected properties; none outside an app (design-time tools).</summary>
    internal IPersonalDataEncryption? PersonalDataEncryption =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<IPersonalDataEncryption>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IntakeDbContext).Assembly);
        if (PersonalDataEncryption is { } encryption) modelBuilder.EncryptProtectedProperties(encryption);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable text: the database is read by people writing reports, and new members cannot shift old rows.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
