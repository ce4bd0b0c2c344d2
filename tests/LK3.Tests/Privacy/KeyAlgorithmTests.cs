using LK3.Bot.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.Privacy;

/// <summary>
/// An office that ran LK3 before its keys used AES-256-GCM keeps reading what the older keys (AES-256-CBC) encrypted,
/// and the keys made from then on are GCM ones.
/// </summary>
public sealed class KeyAlgorithmTests : IDisposable
{
    private const string Before = "Suami saya sering memukul saya.";
    private const string After = "Dia datang lagi ke rumah ibu saya.";

    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("lk3-keys-");

    [Fact]
    public void What_an_older_cbc_key_encrypted_is_still_read_once_new_keys_are_gcm()
    {
        string written;
        using (var before = DataProtection(gcm: false)) written = Encryption(before).Encrypt(Before);
        Assert.Contains("AES_256_CBC", KeyFiles());

        using var services = DataProtection(gcm: true);
        var now = DateTimeOffset.UtcNow;
        services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        var encryption = Encryption(services);
        var writtenLater = encryption.Encrypt(After);

        Assert.Contains("AES_256_GCM", KeyFiles());
        Assert.Equal((Before, After), (encryption.Decrypt(written), encryption.Decrypt(writtenLater)));
    }

    /// <summary>Data Protection as LK3 sets it up (its keys in the test's folder), with the default algorithms or LK3's.</summary>
    private ServiceProvider DataProtection(bool gcm)
    {
        var dataProtection = new ServiceCollection().AddDataProtection().SetApplicationName("LK3").PersistKeysToFileSystem(_keys);
        if (gcm) dataProtection.UseCryptographicAlgorithms(PrivacyExtensions.KeyAlgorithms());
        return dataProtection.Services.BuildServiceProvider();
    }

    private static DataProtectionEncryption Encryption(ServiceProvider services) =>
        new(services.GetRequiredService<IDataProtectionProvider>());

    private string KeyFiles() => string.Concat(_keys.GetFiles("*.xml").Select(f => File.ReadAllText(f.FullName)));

    public void Dispose() => _keys.Delete(recursive: true);
}
