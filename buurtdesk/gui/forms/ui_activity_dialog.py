# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.setMinimumSize(QSize(640, 460))
        self.main_layout = QVBoxLayout(ActivityDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(ActivityDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ActivityDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.title_label = QLabel(ActivityDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(ActivityDialog)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.day_label = QLabel(ActivityDialog)
        self.day_label.setObjectName(u"day_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.day_label)

        self.when = QHBoxLayout()
        self.when.setObjectName(u"when")
        self.day = QDateEdit(ActivityDialog)
        self.day.setObjectName(u"day")
        self.day.setDisplayFormat(u"dddd d MMMM yyyy")
        self.day.setCalendarPopup(True)

        self.when.addWidget(self.day)

        self.time_label = QLabel(ActivityDialog)
        self.time_label.setObjectName(u"time_label")

        self.when.addWidget(self.time_label)

        self.time = QLineEdit(ActivityDialog)
        self.time.setObjectName(u"time")
        self.time.setMaximumSize(QSize(80, 16777215))
        self.time.setPlaceholderText(u"19:30")

        self.when.addWidget(self.time)

        self.when.setStretch(0, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.when)

        self.place_label = QLabel(ActivityDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(ActivityDialog)
        self.place.setObjectName(u"place")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.description_label = QLabel(ActivityDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ActivityDialog)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 60))
        self.description.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description)


        self.main_layout.addLayout(self.form)

        self.people = QHBoxLayout()
        self.people.setObjectName(u"people")
        self.picker_slot = QVBoxLayout()
        self.picker_slot.setObjectName(u"picker_slot")

        self.people.addLayout(self.picker_slot)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.count = QLabel(ActivityDialog)
        self.count.setObjectName(u"count")

        self.right.addWidget(self.count)

        self.signups_view = QTableView(ActivityDialog)
        self.signups_view.setObjectName(u"signups_view")
        self.signups_view.verticalHeader().setVisible(False)

        self.right.addWidget(self.signups_view)

        self.remove_button = QPushButton(ActivityDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.right.addWidget(self.remove_button)

        self.right.setStretch(1, 1)

        self.people.addLayout(self.right)

        self.people.setStretch(0, 1)
        self.people.setStretch(1, 1)

        self.main_layout.addLayout(self.people)

        self.error = QLabel(ActivityDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setProperty(u"tone", u"error")

        self.main_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.title_label.setBuddy(self.title)
        self.day_label.setBuddy(self.day)
        self.time_label.setBuddy(self.time)
        self.place_label.setBuddy(self.place)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)
        self.buttons.accepted.connect(ActivityDialog.accept)
        self.buttons.rejected.connect(ActivityDialog.reject)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activiteit toevoegen", None))
        self.kind_label.setText(QCoreApplication.translate("ActivityDialog", u"Soort", None))
        self.title_label.setText(QCoreApplication.translate("ActivityDialog", u"Titel", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Bijv. Buurtavond over isoleren", None))
        self.day_label.setText(QCoreApplication.translate("ActivityDialog", u"Datum", None))
        self.time_label.setText(QCoreApplication.translate("ActivityDialog", u"om", None))
        self.place_label.setText(QCoreApplication.translate("ActivityDialog", u"Plaats", None))
        self.description_label.setText(QCoreApplication.translate("ActivityDialog", u"Beschrijving", None))
        self.remove_button.setText(QCoreApplication.translate("ActivityDialog", u"Afmelden", None))
    # retranslateUi

