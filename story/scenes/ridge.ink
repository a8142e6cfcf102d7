// THE RIDGE: Kee and Walo behind the fallen trunk above the post.
=== ridge ===
The moss under Kee's cheek smelled of old rain. She lay along the fallen trunk with the phaser rifle snug against her shoulder, just as she had practised it a hundred times on the cave floor, and tried to wear the face of someone who had done this before. Below the slope, where the Joralla had been hacked back to red earth, sat the Cardassian post: a low grey building, a fence, a gate with a striped barrier, and the sensor mast standing out of the roof like a bone. From that mast, in the thirty-fifth year of the Occupation, the grid watched this whole corner of the Hill Provinces, every path and cooking fire and warm body under the trees. Walo lay an arm's length to her left, so still he might have grown there. # CLEAR # scene: The Ridge # BACKGROUND: ridge # AUDIOLOOP: forest

+ [Press her palm flat against the moss until it stops shaking.]
    ~ shift(nerve, 5)
    -> palm
+ [Check the rifle's charge again, though she checked it at dawn.]
    ~ shift(aim, 5)
    ~ shift(nerve, -5)
    -> charge
+ [Touch the earring on her right ear, to be sure it is still there.]
    ~ shift(faith, 5)
    -> earring

= palm
She spread her fingers on the moss and pushed down, slowly, as though the hill were an animal she could gentle. The tremor ran out of her hand and into the wood. Or it only hid there.
She left the hand where it was and refused to look at it.
If Walo noticed, he gave no sign. His eyes stayed on the gate.
-> below

= charge
Her thumb found the charge stud on the rifle's flank before she had decided to move it. The little light glowed green, as it had at dawn, and on the long walk in, and when they first lay down.
Her fingers went on along the barrel by themselves and found the sight's collar a quarter-turn loose from the climb. She screwed it back until it bit. A loose collar could throw a bolt wide of anything; now at least the rifle would go where her hands sent it.
Walo's eyes slid toward her and away again. Kee put her thumb back where it belonged and felt the heat climb up her neck.
Stop fussing. Fighters don't fuss. # CLASS: thought
-> below

= earring
The earring was new enough that she still felt it whenever she turned her head: a small cool weight, and under it a lobe that had not finished healing.
Two weeks ago Tarvel had pierced it herself beside the cave fire, with the whole cell looking on and Ren holding the lamp close so her hand would not slip.
Girls in the camps waited years for that. Some of the older fighters had muttered.
Tarvel had only shrugged at them. "She sleeps in our cave and eats our bread, and on the next strike she carries a rifle for us. Let her ear say what she is."
She ran a fingertip along the little chain, the way the old women at the camp shrine touched theirs before they prayed, and felt steadier for it.
-> below

= below
Up to now the plan had held, each piece falling in the order Ren had laid them out with pebbles on the cave floor while Tarvel, whose cell it was and whose name it went by, sat against the wall and let him talk. At midmorning Oardoli had set a fuel shed burning down the supply road, and while both gate guards ran toward the smoke, Ren had crossed the open ground, tapped Uncle Joial's code into the door panel, and walked in. Now he was inside with three charges to lay, and the guards were back at the gate, hunched in a soft spring day that would have sent Bajoran children running barefoot, like men caught in the first snow.

+ [Count the soldiers she knows are down there.]
    ~ ridge_eye = "count"
    Six. Kee counted them again anyway, because counting was something to do: two at the gate, where she could see them, and four inside, where she could not, somewhere between those walls and Ren. Six soldiers and one post, and through that post's mast the grid kept its eye on a whole province. It seemed like very few people to be doing so much harm.
    -> the_wait
+ [Listen for Oardoli's fire, still burning down the road.]
    ~ ridge_eye = "fire"
    Far down the supply road the fuel shed was still burning. When the breeze turned she could smell it, sharp and oily, and now and then something inside it popped like a knot in a cookfire.
    Oardoli would be long gone from it, lying up in the trees, waiting for the comm like the rest of them. The cell was strung out through the forest like beads on a cord, each of them alone, each of them listening.
    -> the_wait
+ [Find the door Ren went through, and keep her eyes on it.]
    ~ ridge_eye = "door"
    The door was a plain grey slab beside the gate, with a panel that glowed a dull orange. Nothing about it said a man had gone through it an hour ago carrying enough cytromyaline to bring the roof down. Kee fixed her eyes on it until the edges swam. If he came out, she wanted to be the first to see him.
    -> the_wait
