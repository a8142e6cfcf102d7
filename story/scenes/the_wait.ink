// THE WAIT: the long minutes while Ren lays the charges.
=== the_wait ===
Nobody had told her how much of a fight was only lying still. Ren had drilled her on breathing, on squeezing instead of pulling, on rolling clear once a position was seen; he had never drilled her on lying still with nothing to do but think. A bark beetle toiled along the trunk beside her rifle. Her thoughts would not stay on the gate. # CLEAR # scene: The Wait

+ [Let them drift to the older boys.] -> boys
+ [Let them drift to Uncle Joial.] -> joial
+ [Let them drift to her father.] -> father

= boys
Teeg, Lorit and Banno had come into the cell the same month she had. All three were two or three years older, all three were taller, and all three had made it clear they thought Tarvel had lost her mind.
At the practice ravine, Lorit could put eight bolts out of ten into the marker stone. Kee had started at four.
By last week she was at seven, and Teeg had stopped calling her the tadpole where Ren could hear it, though not anywhere else.
None of them had been picked for today. She had. She still did not know why, and the not-knowing sat in her stomach like a swallowed stone.

+ [Picture their faces when she tells them about it.]
    ~ memory = "boys"
    ~ shift(nerve, 5)
    She pictured it carefully. Banno pretending he was not listening. Lorit asking how far the shot had been, and then asking again to be sure. Teeg saying nothing at all, which from Teeg was as good as a cheer.
    Her chin came up a little off the moss.
    -> walo_asks
+ [Wonder whether Ren only chose her because she is small and easy to hide.]
    ~ memory = "doubt"
    ~ shift(nerve, -5)
    The thought crept in sideways and settled down to stay. Small enough to lie behind a log. Light enough to carry out if she got hurt. Young enough that, if she froze, nobody would be surprised.
    She pressed her mouth into a line and told herself Ren was not that kind of man, and did not quite believe herself.
    -> walo_asks

= joial
~ memory = "joial"
Uncle Joial would be at the administrative annex in the valley by now, pushing a mop along a corridor full of Cardassians, humming through his nose so that nobody looked at him twice.
A month ago he had been mopping round a clerk's desk when the clerk went off to argue with someone down the hall and left his terminal lit. The door codes for half the province's posts had been sitting on the screen, and Joial had leaned on his mop and read the one they needed.
He had walked home to his house in the valley with the code going round under his breath, afraid to stop in case it fell out of his head. Next day he brought it up to the cave, wrote it in the cold ash with one finger and made Ren say it back until it was perfect.

+ [Wonder what they will do to him if they trace the code.]
    ~ shift(faith, 5)
    ~ shift(nerve, -5)
    They would trace it. Cardassians traced everything: which door, which code, whose office, and then who had been in that corridor.
    And under that thought was another, quieter one. Joial worked for them. Every day he cleaned their floors and took their pay. If somebody blew up that building, would anyone call him a loss worth grieving?
    Kee shoved the thought away. It came back. She shoved it again.
    -> walo_asks
+ [Be proud of him, and leave it at that.]
    ~ shift(nerve, 5)
    Nobody in the cell had known what to say when a man who mopped floors walked into the cave with the thing they had needed for a year.
    Tarvel had clasped his hands in both of hers. Ren had laughed out loud.
    Kee held that picture and let it warm her: Uncle Joial's mop-rough hands folded in Tarvel's, in front of the whole cell, and nobody looking at Kee with that careful kindness for once.
    -> walo_asks

= father
~ memory = "father"
She had been seven. It was the camp at Marazh, a cold night in the rainy season, and soldiers had come down their row with lamps, reading names off a padd.
Her father had been the third name. He had put his hand on top of her head as he stood up, heavy and warm, and said something to her that she could not hear over the shouting.
Then they had walked him out between the huts, and no one had ever told her where they took him, or why, or whether he had been anywhere at all by morning.
She had not cried. She had been too busy looking at the soldiers.
That was before the new prefect. Things were better under Gul Dukat, people said now; the rations were bigger, the quotas smaller. Nobody ever said the soldiers had stopped coming down the rows.

+ [Hold on to his face.]
    ~ shift(faith, 5)
    She went looking for him and found him in pieces: the crease that came between his brows when he was worried, how he hummed the evening prayers instead of saying them, the smell of the smoke in his coat.
    She held the pieces as carefully as she could. They were getting harder to fit together every year.
    -> walo_asks
+ [Hold on to the soldiers' faces instead.]
    ~ shift(faith, -5)
    ~ shift(nerve, 5)
    Those she still had whole.
    The one with the padd, bored, checking names like a man counting sacks. The one who had laughed at something the other said. The grey of their skin in the lamplight, the ridges down their necks, the dull dark armour.
    She had kept them sharp on purpose for four years. Today they were useful.
    -> walo_asks

= walo_asks
Walo's head turned a slow quarter of an inch. "All right?" he breathed. Kee knew what the question was really for: tonight Walo would walk back to the cave beside Ren, and somewhere along the way Ren would ask him how the new one had held up.
{nerve < 40: Her throat had gone tight and dry, and she was not sure what her voice would do if she trusted it with a word.}

+ "Fine[."]," Kee whispered.
    {nerve >= 40:
        -> steady
    - else:
        -> cracked
    }
+ [Nod, and don't trust her voice with anything more.]
    -> nod
+ "Are you[?"]?" she breathed back.
    ~ shift(nerve, 5)
    Walo's mouth twitched at one corner, which was the nearest he ever came to smiling on a strike. "Never," he said. "Watch your gate."
    She could not tell whether it was a joke. She decided to treat it as one, and felt a little better for having decided.
    -> the_guards

= steady
It came out low and level, exactly as she had rehearsed it in her head.
Walo held her eyes for a moment, then gave the smallest nod and turned back to the gate. Something in her chest unknotted a little.
-> the_guards

= cracked
It was supposed to sound flat and sure. It broke in the middle instead, a small squeak like a hinge, and she heard exactly how young it was.
Walo looked at her for longer than she liked. He did not smile, and she wished he had, even unkindly.

+ "Don't tell Ren[."]," she whispered, before she could stop herself.
    ~ shift(nerve, 5)
    Walo's brows went up. "That your voice cracked?" he murmured. "Mine does it on every strike. Ren knows. Watch your gate."
    She watched her gate, and her cheeks cooled, and the squeak became a small thing that had happened to both of them.
    -> the_guards
+ [Look away, and say nothing else.]
    ~ shift(nerve, -5)
    ~ shift(aim, -5)
    She stared at the moss until it blurred. She could feel him filing it away: the squeak, the shaking, how she had dropped her eyes.
When she put her eye back to the sight it was still swimming, and the gate took a long time to come clear.
    She would be back in the camp by the end of the week, she was sure of it, eating soup with the little ones.
    -> the_guards

= nod
She nodded once. Walo studied her for a moment. Then, so quietly she nearly lost it under the insects: "First time out, I was sick in a bush. Twice. Ren held my rifle for me."
She turned her head to stare at him. His face had not changed; he was watching the gate again. But the knot in her chest loosened by one turn.
~ shift(nerve, 5)
-> the_guards
