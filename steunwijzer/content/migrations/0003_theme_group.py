from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("content", "0002_text_table_and_vocabulary")]

    operations = [
        migrations.AddField(
            model_name="theme",
            name="group",
            field=models.CharField(
                choices=[
                    ("begrijpen", "Begrijpen wat het kind meemaakt"),
                    ("situaties", "Situaties en fasen"),
                    ("doen", "Wat je kunt doen"),
                ],
                default="begrijpen",
                max_length=20,
            ),
            preserve_default=False,
        ),
    ]
