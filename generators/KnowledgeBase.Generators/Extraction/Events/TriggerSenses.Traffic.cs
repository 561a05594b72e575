using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Deaths in a road crash told by the driver's clause: a traffic accident, not a killing.</summary>
    internal static partial class TriggerSenses
    {
        private static readonly string[] RoadVehicles =
        {
            "car", "cars", "truck", "trucks", "pickup", "van", "bus", "lorry", "vehicle", "suv", "motorcycle", "motorcycles", "tractor",
            "trailer", "minibus", "coach", "bicycle", "bicycles", "bikes",
        };

        private static readonly string[] CollidingVerbs = { "struck", "hit", "collided", "rear-ended", "slammed", "crashed", "smashed", "ploughed", "plowed" };

        /// <summary>
        /// "Karel Brandt was driving a van across the centre line and hit two cyclists, killing both": a participle after a comma
        /// whose clause tells someone was driving a road vehicle and struck something is a crash (the gold's accident), not an assault;
        /// "drove a truck into the crowd, killing 80" (no "was driving") stays an attack.
        /// </summary>
        internal static bool DrivingCollision(List<Token> tokens, int t)
        {
            bool collided = false, vehicle = false;
            for (var i = t - 2; i >= 1 && i >= t - 40; i--)
            {
                var w = tokens[i];
                if (w.IsPunct('.') || w.IsPunct(';')) return false;
                if (!w.IsWord) continue;
                if (TriggerFinder.IsAny(w, CollidingVerbs)) collided = true;
                else if (TriggerFinder.IsAny(w, RoadVehicles)) vehicle = true;
                else if (w.Is("driving") && (tokens[i - 1].Is("was") || tokens[i - 1].Is("were"))) return collided && vehicle;
            }
            return false;
        }
    }
}
