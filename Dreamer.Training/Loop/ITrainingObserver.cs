namespace Dreamer.Training.Loop;

/// <summary>Receives the progress of a run (the console's progress bar, or a test).</summary>
public interface ITrainingObserver
{
    void Progress(TrainingSnapshot snapshot);

    void Message(string text);
}
