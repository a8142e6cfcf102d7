// CARRIED: the threads an ending picks up when they are not its own story.
// Each stitch is a tunnel (`-> carried.worker ->`) that prints a line or two
// for a thread still open on this path and nothing otherwise, so an ending
// about Walo's arm still remembers the man at the spring, and an ending about
// Ren's wound still remembers the walker in the ferns.
=== carried ===
= worker
{
- warned_worker:
    A week later Oardoli brought a notice down off a valley wall: a grainy picture of a thin, greying Bajoran, a name, Esso Tamal, and a reward. The only survivor of the post, it said. Wanted for questioning. {aftermath.spring.would_again:I would do it again, Kee had told Ren. She looked at the grey face on the paper and it was still true, and it weighed more than it had.|She had told Ren she was sorry, and not meant it. Looking at the grey face on the paper, she found she was sorry now, though not for anything Ren had meant.}
- saw_worker:
    Later Oardoli, who knew everyone in the valley, told her the name of the man with the water cans: Esso Tamal. There was no grave to ask after. The post was a hole in the ground, and he had been inside it.
}
->->

= walker
{
- spared:
    Four days after the raid the speakers at Marazh read out five names, and Tarvel brought them up to the cave. Kee knew four of them. The soldier who had lived had been most helpful, the prefect said; he had seen that one of the criminals was a child. Kee did not need to be told where children with rifles were supposed to come from.
- finished_him:
    Some nights, at the edge of sleep, she saw the soles of a man's boots again, dragging away from her across the gravel toward the fence, and the one shot that had stopped them.
}
->->
