namespace Trackside.Bench.Corpus;

/// <summary>Word pools the corpus is made of: running and rehab words mixed with filler, as in real notes.</summary>
internal static class Vocabulary
{
    /// <summary>The twelve regions of the chain, with the neighbours each one names in <c>connects</c>.</summary>
    public static readonly (string Id, string Title, string[] Connects)[] Regions =
    [
        ("big-toe", "Big toe", ["foot"]),
        ("foot", "Foot", ["ankle"]),
        ("ankle", "Ankle", ["calf", "shin"]),
        ("calf", "Calf", ["knee"]),
        ("shin", "Shin", ["knee"]),
        ("knee", "Knee", ["hamstring", "quadriceps"]),
        ("hamstring", "Hamstring", ["pelvis"]),
        ("quadriceps", "Quadriceps", ["hip"]),
        ("hip", "Hip", ["pelvis"]),
        ("pelvis", "Pelvis", ["lumbar-spine"]),
        ("lumbar-spine", "Lumbar spine", ["thoracic-spine"]),
        ("thoracic-spine", "Thoracic spine", []),
    ];

    public static readonly string[] Tags = Split(
        "ankles feet calves knees hips hamstrings glutes core balance mobility stability strength power " +
        "plyometrics running sprinting jumping landing deceleration agility warm-up cool-down rehab prehab " +
        "tendons injury screening posture gait cadence endurance isometrics eccentrics unilateral bilateral " +
        "field-sports court-sports youth masters home-friendly");

    public static readonly string[] Categories = ["screen", "mobility", "stability", "strength", "running"];
    public static readonly string[] Levels = ["beginner", "intermediate", "advanced"];
    public static readonly string[] ClaimKinds = ["figure", "definition", "mechanism", "recommendation", "observation"];

    public static readonly string[] Equipment =
        ["hill or stairs", "step", "wall", "resistance band", "dumbbell", "kettlebell", "box", "mini hurdle", "foam roller", "mat", "slider", "cone"];

    public static readonly string[] Loads = ["bodyweight", "RPE 6", "RPE 7 to 8", "2 reps in reserve", "light band", "red band", "8 kg", "12 kg", "20 kg"];
    public static readonly string[] Tempos = ["slow up, fast down", "3 s down, 1 s up", "steady", "fast up, slow down", "pause at the bottom"];

    public static readonly string[] Modifiers = Split(
        "single-leg banded tempo isometric eccentric forefoot split lateral reverse deficit elevated kneeling " +
        "standing walking bounding paused loaded supported rotational offset crossover staggered half-kneeling " +
        "long-lever short-lever slow fast barefoot uphill downhill");

    public static readonly string[] Moves = Split(
        "calf-raise squat hinge bridge lunge hop walk skip march plank step-up step-down heel-drop toe-yoga " +
        "dorsiflexion-rock knee-to-wall nordic curl deadlift press row carry pogo bound shuffle jog stride sprint " +
        "swing clamshell side-plank");

    public static readonly string[] Qualifiers = Split(
        "on-step with-pause to-box off-box with-reach against-wall with-band on-stairs in-place with-hold with-turn for-time");

    public static readonly string[] Domain = Split(
        "ankle foot calf knee hip pelvis hamstring tendon load stiffness control balance stride landing push " +
        "pressure arch toe heel forefoot glute trunk posture tempo rhythm rebound spring drive reach hinge squat " +
        "lunge hop bound sprint cadence range mobility stability strength fatigue recovery tissue capacity joint " +
        "muscle drill effort breath rest slope stair surface shoe contact ground force angle shin");

    public static readonly string[] Filler = Split(
        "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et " +
        "dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea " +
        "commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur");

    public static readonly string[] Common = Split(
        "the a and to of with for on keep slowly each side your when then until while before after both is it " +
        "this that as from over under through");

    public static readonly string[] Surnames = Split(
        "dea smith jones okafor nakamura silva muller rossi kowalski nguyen garcia kim brown taylor wilson " +
        "martin andersen larsen costa haddad");

    public static readonly string[] Goals = Split(
        "return-to-running build-ankle-stiffness hamstring-resilience knee-control hip-strength first-5k " +
        "sprint-readiness landing-skills calf-capacity foot-strength jump-readiness trunk-control");

    public static readonly string[] Topics = Split(
        "regional-interdependence tendon-loading stiffness-and-spring pain-monitoring progressive-overload " +
        "single-leg-control landing-mechanics ankle-rocker hip-extension trunk-stiffness recovery-windows load-management");

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
