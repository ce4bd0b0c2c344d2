using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.Privacy;

/// <summary>
/// What families tell LK3 is encrypted in the database (ASP.NET Core Data Protection) and read back by the app as
/// they wrote it; the database itself, read without the app, holds none of it.
/// </summary>
public abstract class EncryptionAtRestTests(DatabaseProvider provider) : BotPerTest(provider)
{
    private const string Description = "Suami saya sering memukul saya dan anak-anak kalau mabuk.";
    private const string LaterMessage = "Dia datang lagi ke rumah ibu saya.";
    private const string Note = "Ibu Sari takut pulang ke rumah.";

    [SkippableFact]
    public async Task A_familys_words_and_number_are_encrypted_in_every_column_and_read_back_by_the_app()
    {
        Database.SkipIfUnavailable();
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.WalkToSummaryAsync(Description, phone: true);
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        await family.SayAsync(LaterMessage);
        var caseId = await App.QueryAsync(async db =>
        {
            var parsed = Parsed(reference);
            var intakeCase = await db.Cases.SingleAsync(c => c.Year == parsed.Year && c.Number == parsed.Number);
            db.CaseNotes.Add(new CaseNote { CaseId = intakeCase.Id, AuthorName = "Rina", Text = Note, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return intakeCase.Id;
        });

        // The app, finding the case by its reference, reads everything back as it was written.
        var stored = await App.QueryAsync(db => db.Cases.Include(c => c.Messages).Include(c => c.Notes).SingleAsync(c => c.Id == caseId));
        Assert.Equal((Description, "+6281234567890"), (stored.Description, stored.ContactPhone));
        Assert.Contains(stored.Messages, m => m.Text == LaterMessage);
        Assert.Equal(Note, stored.Notes.Single().Text);

        // Read without the app's keys, no text column anywhere holds the words or the number, and the protected ones hold ciphertext.
        await using var raw = Database.NewContext();
        foreach (var secret in new[] { "memukul", "rumah ibu", "takut pulang", "81234567890", "0812-3456" })
        {
            Assert.Empty(await ColumnsContainingAsync(raw, secret));
        }
        var rawCase = await raw.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        Assert.StartsWith("pd1:", rawCase.Description);
        Assert.StartsWith("pd1:", rawCase.ContactPhone);
        Assert.All(await raw.OutgoingMessages.AsNoTracking().Select(m => m.Text).ToListAsync(), text => Assert.StartsWith("pd1:", text));
        // Without a certificate (tests only) the key's description can be read: keys are made for AES-256-GCM.
        Assert.Contains(await raw.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(),
            xml => xml.Contains("AES_256_GCM", StringComparison.Ordinal));
    }

    internal static CaseReference Parsed(string reference)
    {
        Assert.True(CaseReference.TryParse(reference, out var parsed), reference);
        return parsed;
    }

    /// <summary>Every text column of every table, searched in SQL for the secret (the names come from the model).</summary>
    private static async Task<List<string>> ColumnsContainingAsync(IntakeDbContext raw, string secret)
    {
        var found = new List<string>();
        foreach (var entityType in raw.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{entityType.GetTableName()}\" WHERE \"{property.GetColumnName()}\" LIKE {{0}}";
                var count = await raw.Database.SqlQueryRaw<int>(sql, $"%{secret}%").SingleAsync();
                if (count > 0) found.Add($"{entityType.GetTableName()}.{property.GetColumnName()}");
            }
        }
        return found;
    }
}

public sealed class EncryptionAtRestTestsOnSqlite() : EncryptionAtRestTests(DatabaseProvider.Sqlite);

public sealed class EncryptionAtRestTestsOnPostgreSql() : EncryptionAtRestTests(DatabaseProvider.PostgreSql);

/// <summary>With a certificate configured, the Data Protection keys in the database are themselves encrypted.</summary>
public abstract class EncryptedKeyRingTests(DatabaseProvider provider) : BotPerTest(provider), IDisposable
{
    private const string Description = "Anak kami dipukul oleh tetangga.";

    private readonly TestCertificate _certificate = TestCertificate.Create();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["DataProtection:CertificatePath"] = _certificate.PfxPath,
        ["DataProtection:CertificatePassword"] = TestCertificate.Password,
    };

    [SkippableFact]
    public async Task The_keys_are_stored_encrypted_by_the_certificate_and_still_read_after_a_restart()
    {
        Database.SkipIfUnavailable();
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.WalkToSummaryAsync(Description);
        var reference = FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));

        await using (var raw = Database.NewContext())
        {
            var keys = await raw.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("EncryptedData", xml, StringComparison.Ordinal));
            Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        }

        await RestartAsync();
        var parsed = EncryptionAtRestTests.Parsed(reference);
        Assert.Equal(Description,
            await App.QueryAsync(db => db.Cases.Where(c => c.Year == parsed.Year && c.Number == parsed.Number).Select(c => c.Description).SingleAsync()));
    }

    public void Dispose() => _certificate.Dispose();
}

public sealed class EncryptedKeyRingTestsOnSqlite() : EncryptedKeyRingTests(DatabaseProvider.Sqlite);

public sealed class EncryptedKeyRingTestsOnPostgreSql() : EncryptedKeyRingTests(DatabaseProvider.PostgreSql);
