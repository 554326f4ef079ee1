using System.Net;
using DeployBot.Sources.Safety;

namespace DeployBot.Sources.Tests.Safety;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.3.4")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("::ffff:127.0.0.1")]
    public void IsPublic_PrivateLoopbackOrLinkLocal_IsFalse(string address) => Assert.False(PublicAddress.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("140.82.112.5")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:50c0:8000::153")]
    public void IsPublic_PublicUnicast_IsTrue(string address) => Assert.True(PublicAddress.IsPublic(IPAddress.Parse(address)));
}
