using Streams;

Console.WriteLine(Pull.Positives().Filter(x => x % 2 == 0).Map(x => x * x).Take(5).Join(", "));
