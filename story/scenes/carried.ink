// CARRIED: the threads an ending picks up when they are not its own story.
// Each stitch is a tunnel (`-> carried.worker ->`) that prints a line or two
// for a thread still open on this path and nothing otherwise, so an ending
// about Walo's arm still remembers the man at the spring, and an ending about
// Ren's wound still remembers the walker in the ferns.
=== carried ===
= worker
{
- worker_fate == "warned":
    Within the week a notice reached her, peeled off some valley wall and passed from hand to hand until it was soft at the folds: a grainy picture of a thin, greying Bajoran, a name, Esso Tamal, and a reward. The only Bajoran to walk away from the post, it said. Wanted for questioning. {aftermath.spring:{aftermath.spring.would_again:I would do it again, Kee had told Ren. She studied the grey face on the paper until the dots came apart, and did not take it back.|She had told Ren she was sorry, and not meant it. Looking at the grey face on the paper, she found she was sorry now, though not for anything Ren had meant.}|She looked at the grey face on the paper, thinner than it had been at the spring, and hoped he had found a roof with no wall under it that a notice could be pasted to.}
- worker_fate != "":
    The man with the water cans, who had gone back inside before the walls went, had no name for her until the end of that week, when it came passed from one mouth to the next through the hills: Esso Tamal. There was never a grave to ask after.
}
->->

= walker
{
- spared:
    Four days after the raid the speakers at Marazh read out five names, and the names climbed the hills to her within the day. Kee knew four of them. The soldier who had lived had been most helpful, the prefect said; he had seen that one of the criminals was a child. Kee did not need to be told where children with rifles were supposed to come from. That night she took the new chain out of her right ear and sewed it into the hem of her shirt, where nobody who had looked at her across the ferns would ever see it again.
- finished_him:
    Some nights, at the edge of sleep, she saw the soles of a man's boots again, dragging away from her across the gravel toward the fence, and the one shot that had stopped them.
}
->->

// The memory Kee waited with on the ridge, wherever the day has left her:
// "rock" (the split rock after the chase), "camp" (sent back to Marazh) or
// "cave" (the cell breaking up around her).
= remembered(place)
{
- memory == "boys" && place == "camp":
    Teeg and Lorit and Banno had known since the night of the raid that she was being sent home without firing, and by now the whole cave would have it from somebody. Behind the trunk that morning she had rehearsed telling them everything. Now there was nothing she could tell them that she would want them to hear.
- memory == "boys":
    She had spent the long wait imagining Teeg and Lorit and Banno hearing about today. None of the faces she had given them had been ready for a day like this one.
- memory == "doubt" && place == "camp":
    While she waited she had wondered whether Ren chose her only because she was small enough to hide. Standing in the soup line, she thought she knew now what he had got for it, and that it was not what he had wanted.
- memory == "doubt" && walo_lost:
    Small enough to hide, she had thought on the ridge, sure that was all Ren had seen in her. Tonight hiding had been the whole of the work, and she had not managed even that, and Walo had paid for it.
- memory == "doubt" && place == "cave" && not the_chase:
    Small enough to hide, she had thought on the ridge, sure that was all Ren had seen in her. When it went wrong she had done the other thing he asked of small people: she had gone, and left him behind the tank, exactly as he told her to.
- memory == "doubt":
    Small enough to hide, she had thought on the ridge, sure that was all Ren had seen in her. Tonight hiding had been the whole of the work, and she had done it.
- memory == "joial" && place == "cave":
    She had spent the whole wait on the ridge with Uncle Joial's code going round in her head. Now she watched the runner go down the hill into the dark toward the annex and thought of the code as a thread, and Ren at one end of it, and her uncle at the other.
- memory == "joial" && place == "camp":
    Near the end of her first week back, Uncle Joial walked up from the valley on his rest day and found her at the Marazh pump. He did not ask about the ridge. He said only that the door was gone and the code with it, and that nobody had come asking after a man with a mop, and he squeezed her shoulder hard before he went on.
- memory == "joial" && walo_lost:
    On the ridge she had lain turning Uncle Joial's code over. Tonight a runner had gone down the hill with his name in Ren's orders, because Walo, if they had him, could be made to give it.
- memory == "joial":
    Whatever the soldiers beat out of the villages tomorrow, it would not be her uncle. The door he had read the code for was ash in a pit, and she held on to that under the rock while the engines went back and forth.
- memory == "father" && place == "camp":
    At night in the hut she listened for lamps coming down the row, as she had at seven, the night the soldier with the padd read out her father's name.
- memory == "father" && place == "cave":
    She thought of her father, walked out between the huts by lamplight, and of Ren somewhere in the valley tonight among the same grey armour. Nobody had ever told her where her father went either.
- memory == "father":
    She thought of her father, walked out between the huts by lamplight, and of the grey armour that had gone hunting through the Joralla for her today, with the same collars and the same unhurried boots.
}
->->

// Her bargain with the Prophets, when the day gave her no quiet place to pay it.
= bargain
{bargained:
    Somewhere under all of it her bargain still sat where she had left it on the ridge. She had done the one thing. The year of evenings she owed the Prophets would have to be paid in some other cave, at some other shrine, if it could be paid at all.
}
->->

// Dukat's answer to the raid, for endings that are about something else.
// A spared walker's answer (the names at Marazh) is carried.walker's.
// "cave" (Tarvel's cave, four days on) or "road" (the cell already scattering).
= answer(place)
{
- spared:
- place == "cave":
    On the fourth day Oardoli came up from the valley with the prefect's answer: six Bajorans shot at dawn in a village down the river, one for each soldier in the pit. Kee asked for the names, and Oardoli gave them to her, and she said them over under her breath until she had them all.
- place == "road":
    On the fourth day of walking they passed a village where people stood about the well in silence, and nobody would say why until an old man muttered, low, to no one in particular, that the prefect's speakers had read out names that morning, for the soldiers in the Joralla. Kee kept her eyes on the road and her earring under her hair.
}
->->

// Her first kill, for endings whose own story is someone else's wound or a
// man she saved. A finished walker is carried.walker's; the chase pays it at the rock.
= first_kill
{kee_killed && not finished_him:
    The walker from the gate, the first man she had ever killed, had come the whole way with her. She never set an hour aside to look at him, and found she did not have to. He was there whenever she stopped moving.
}
->->

// The grey figure by the fence that Kee would not look at (the_guards.uniform),
// for endings that never learn who carried the post's water.
= grey
{grey_seen && worker_fate == "":
    The grey shape by the fence came back to her, the one at the very rim of her sight that she had refused because it was not armour. Whoever it had been, it had not been a soldier, and she had taken care never to find out.
}
->->

// Walo's shot at the crates, when she let him take her man (first_shot.walo_takes).
= yours
{walo_took:
    "That was yours," Walo had said behind the trunk, and nothing after it. If he told Ren how the new one had held up, he never did it where she could hear, and she never asked; but she kept those three words, and on every ridge after, before the first shot, she heard them again in his voice.
}
->->
