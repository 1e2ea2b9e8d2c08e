global using System.Threading.Channels;
