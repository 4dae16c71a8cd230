using System.Security.Cryptography;
using System.Text;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// Where a move to the trash puts a path: a folder named after the idempotency key, so the location is known
/// before the move happens (and journaled with the intent), and two moves never collide.
/// </summary>
internal static class TrashLocation
{
    public static string For(string trashDirectory, string idempotencyKey, string fullPath)
    {
        var bucket = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..24];
        return Path.Combine(Path.GetFullPath(trashDirectory), bucket, Path.GetFileName(fullPath));
    }
}
